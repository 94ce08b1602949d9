-- Translation memory: aligned segment pairs (a sentence, or a whole block, title or summary) of
-- approved and published translations. source_key is the SHA-256 of the ICU-normalized source
-- (NFKC, case folded, white space collapsed) for exact lookups; source_tokens are its ICU word
-- tokens, space-separated, from which the in-memory fuzzy index is built; target_key is the
-- SHA-256 of the target text, to tell duplicates (same languages, source and target).

create sequence tm_segment_seq start with 1 increment by 50;

create table tm_segment (
    id                  bigint       not null primary key,
    source_language     varchar(35)  not null,
    target_language     varchar(35)  not null,
    source_text         varchar      not null,
    target_text         varchar      not null,
    source_key          varchar(64)  not null,
    target_key          varchar(64)  not null,
    source_tokens       varchar      not null,
    token_count         integer      not null,
    article_id          varchar(36)  not null references article (id),
    revision_no         integer      not null,
    source_revision_no  integer      not null,
    created_at          timestamp(6) with time zone not null
);
create index ix_tm_segment_exact on tm_segment (source_language, target_language, source_key);
create index ix_tm_segment_pair on tm_segment (source_language, target_language, id);
create index ix_tm_segment_article on tm_segment (article_id);
