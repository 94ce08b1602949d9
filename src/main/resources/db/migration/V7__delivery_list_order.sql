-- The delivery list of one language, newest first, is cut from this index: the database walks it
-- in order and stops after the page instead of sorting everything published in the language.
-- live_revision_id rides along so "is it live" and the list's count need no row lookups.
-- It supersedes ix_version_language_published, whose ascending order could not be walked so.
create index ix_version_live_order on language_version (language, published_at desc, id, live_revision_id);
drop index ix_version_language_published;
