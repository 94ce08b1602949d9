-- Editorial depth: a comment per revision, when a version was submitted, and the audit log.

alter table revision add column comment_text varchar(2000);
alter table language_version add column submitted_at timestamp(6) with time zone;

create sequence audit_event_seq start with 1 increment by 50;

-- Every workflow step, restore, schedule and refused attempt (403), append-only.
create table audit_event (
    id          bigint        not null primary key,
    occurred_at timestamp(6) with time zone not null,
    actor       varchar(64)   not null,
    kind        varchar(32)   not null,
    article_id  varchar(36),
    language    varchar(35),
    revision_no integer,
    from_state  varchar(32),
    to_state    varchar(32),
    detail      varchar(4000),
    http_method varchar(10),
    http_path   varchar(1000)
);
create index ix_audit_time on audit_event (occurred_at);
create index ix_audit_article on audit_event (article_id, occurred_at);
create index ix_audit_actor on audit_event (actor, occurred_at);
