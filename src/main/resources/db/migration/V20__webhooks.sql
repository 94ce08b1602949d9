-- Webhooks (issue 14): endpoints that client sites register, and the transactional outbox of
-- their deliveries. A delivery row is written in the transaction of the change it announces, so
-- a rolled-back change is never sent; workers claim due rows with FOR UPDATE SKIP LOCKED and a
-- lease, send outside the lock, and record the outcome in a transaction of their own.

create table webhook_endpoint (
    id                    varchar(36)   not null primary key,
    url                   varchar(2000) not null,
    events                varchar(1000) not null,
    languages             varchar(1000) not null,
    enabled               boolean       not null,
    secret                varchar(200)  not null,
    previous_secret       varchar(200),
    previous_secret_until timestamp(6) with time zone,
    consecutive_failures  integer       not null,
    disabled_reason       varchar(500),
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    version               bigint        not null
);

create table webhook_delivery (
    id               varchar(36)   not null primary key,
    message_id       varchar(64)   not null,
    endpoint_id      varchar(36)   not null references webhook_endpoint (id) on delete cascade,
    event_type       varchar(64)   not null,
    payload          varchar(8000) not null,
    status           varchar(16)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp(6) with time zone,
    lease_until      timestamp(6) with time zone,
    response_code    integer,
    response_millis  bigint,
    response_prefix  varchar(1000),
    failure          varchar(500),
    created_at       timestamp(6) with time zone not null,
    last_attempt_at  timestamp(6) with time zone
);
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index ix_webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at);
