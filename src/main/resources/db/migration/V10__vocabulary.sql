-- A managed vocabulary (issue 14): tags and sections are terms with a stable key and, per
-- language, a label and a slug. An article's tags stay in article_tag, whose strings are now
-- term keys; its one section is a key in article.section. The id is the kind and the key
-- ("tag:trade"), so this migration needs no sequence or UUID function and runs as it is on H2
-- and PostgreSQL.

create table vocabulary_term (
    id         varchar(80) not null primary key,
    kind       varchar(16) not null,
    term_key   varchar(64) not null,
    updated_at timestamp(6) with time zone,
    version    bigint      not null,
    constraint uq_vocabulary_term_key unique (kind, term_key)
);

-- A label row per translated language; a language without one falls back along its chain and
-- finally shows the key. The kind is repeated here so that a slug is unique per kind and language.
create table vocabulary_label (
    term_id  varchar(80)  not null references vocabulary_term (id) on delete cascade,
    kind     varchar(16)  not null,
    language varchar(35)  not null,
    label    varchar(200) not null,
    slug     varchar(80)  not null,
    primary key (term_id, language),
    constraint uq_vocabulary_label_slug unique (kind, language, slug)
);

alter table article add column section varchar(64);
create index ix_article_section on article (section);
create index ix_article_tag_tag on article_tag (tag);

-- Every tag string in use becomes a term with that key, untranslated: until an editor gives it
-- labels, every language shows the key itself, so nothing a reader saw is lost.
insert into vocabulary_term (id, kind, term_key, updated_at, version)
select distinct 'tag:' || tag, 'tag', tag, cast(null as timestamp(6) with time zone), 0
from article_tag;
