-- The editorial list (EditorialQuery), on H2 and PostgreSQL.
--
-- Newest first, then by id: a page walks this index and stops after its rows, instead of sorting
-- every matching article.
create index ix_article_created on article (created_at desc, id);

-- Counting a language's versions in a state, and finding whether an article has one, from the
-- index alone. It replaces the (language, state) index, which is its prefix.
create index ix_version_language_state_article on language_version (language, state, article_id);
drop index ix_version_language_state;
