-- Tilmash foundation schema: accounts, articles, language versions, immutable revisions,
-- workflow transitions and slug history. Portable between H2 2.x and PostgreSQL.

create table app_user (
    username        varchar(64)  not null primary key,
    password_hash   varchar(512) not null,
    display_name    varchar(200),
    enabled         boolean      not null,
    created_at      timestamp(6) with time zone not null,
    version         bigint       not null
);

create table app_user_role (
    username varchar(64) not null references app_user (username),
    role     varchar(32) not null,
    primary key (username, role)
);

create table app_user_language (
    username varchar(64) not null references app_user (username),
    language varchar(35) not null,
    primary key (username, language)
);

create table article (
    id                varchar(36)  not null primary key,
    source_language   varchar(35)  not null,
    author            varchar(300),
    attribution       varchar(500),
    created_at        timestamp(6) with time zone not null,
    created_by        varchar(64)  not null,
    last_published_at timestamp(6) with time zone,
    version           bigint       not null
);
create index ix_article_last_published on article (last_published_at);

create table article_tag (
    article_id varchar(36) not null references article (id),
    tag        varchar(64) not null,
    primary key (article_id, tag)
);

create sequence language_version_seq start with 1 increment by 50;
create sequence revision_seq start with 1 increment by 50;
create sequence transition_seq start with 1 increment by 50;
create sequence slug_alias_seq start with 1 increment by 50;

create table language_version (
    id                       bigint       not null primary key,
    article_id               varchar(36)  not null references article (id),
    language                 varchar(35)  not null,
    state                    varchar(32)  not null,
    slug                     varchar(100) not null,
    slug_explicit            boolean      not null,
    working_revision_id      bigint,
    live_revision_id         bigint,
    based_on_source_revision integer,
    major_published_revision integer,
    submitted_by             varchar(64),
    assignee                 varchar(64),
    published_at             timestamp(6) with time zone,
    updated_at               timestamp(6) with time zone not null,
    version                  bigint       not null,
    constraint uq_version_language unique (article_id, language),
    constraint uq_version_slug unique (language, slug)
);
create index ix_version_language_state on language_version (language, state);
create index ix_version_language_published on language_version (language, published_at);

create table revision (
    id                       bigint        not null primary key,
    language_version_id      bigint        not null references language_version (id),
    revision_no              integer       not null,
    title                    varchar(500)  not null,
    summary                  varchar(2000) not null,
    body                     varchar       not null,
    body_html                varchar       not null,
    based_on_source_revision integer,
    author                   varchar(64)   not null,
    created_at               timestamp(6) with time zone not null,
    content_hash             varchar(64)   not null,
    published_at             timestamp(6) with time zone,
    minor_change             boolean       not null,
    constraint uq_revision_number unique (language_version_id, revision_no)
);

alter table language_version add constraint fk_version_working
    foreign key (working_revision_id) references revision (id);
alter table language_version add constraint fk_version_live
    foreign key (live_revision_id) references revision (id);

create table workflow_transition (
    id                  bigint        not null primary key,
    language_version_id bigint        not null references language_version (id),
    action_name         varchar(32)   not null,
    from_state          varchar(32)   not null,
    to_state            varchar(32)   not null,
    revision_no         integer,
    actor               varchar(64)   not null,
    occurred_at         timestamp(6) with time zone not null,
    comment_text        varchar(4000)
);
create index ix_transition_version on workflow_transition (language_version_id, occurred_at);

create table slug_alias (
    id                  bigint       not null primary key,
    language            varchar(35)  not null,
    slug                varchar(100) not null,
    language_version_id bigint       not null references language_version (id),
    created_at          timestamp(6) with time zone not null,
    constraint uq_slug_alias unique (language, slug)
);
