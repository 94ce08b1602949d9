-- A revision's words never change, so its word count is computed once, when it is written,
-- instead of on every delivery miss. Counting is ICU's word segmentation for the language
-- (Chinese by dictionary), which SQL cannot do: rows written before this migration keep a null
-- count here, and the application counts and stores each one the first time it reads it.
alter table revision add column word_count integer;
