-- Scheduled publishing and unpublishing. A release is one or more steps (a language's publish
-- or unpublish) that fire together, all or none. The planned times are also kept on the version
-- for the management views, in the same transactions as the steps.

create sequence scheduled_step_seq start with 1 increment by 50;

create table scheduled_step (
    id                  bigint       not null primary key,
    release_id          varchar(36)  not null,
    article_id          varchar(36)  not null references article (id),
    language_version_id bigint       not null references language_version (id),
    action_name         varchar(16)  not null,
    due_at              timestamp(6) with time zone not null,
    minor_change        boolean      not null,
    state               varchar(16)  not null,
    created_by          varchar(64)  not null,
    created_at          timestamp(6) with time zone not null,
    fired_at            timestamp(6) with time zone,
    failure             varchar(2000),
    version             bigint       not null
);
create index ix_scheduled_step_due on scheduled_step (state, due_at);
create index ix_scheduled_step_release on scheduled_step (release_id);
create index ix_scheduled_step_article on scheduled_step (article_id);

alter table language_version add column scheduled_publish_at timestamp(6) with time zone;
alter table language_version add column scheduled_unpublish_at timestamp(6) with time zone;
