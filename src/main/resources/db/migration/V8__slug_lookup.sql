-- Delivery finds an article by its slug in any language (and by a retired slug); the unique
-- constraints lead with the language, so without these a lookup read every version: at
-- 100,000 articles x 5 languages the first request for a slug took seconds.
create index ix_version_slug on language_version (slug);
create index ix_slug_alias_slug on slug_alias (slug);
