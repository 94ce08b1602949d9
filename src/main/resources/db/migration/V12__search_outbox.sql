-- Search indexing through an outbox (issue 13): Hibernate Search's outbox-polling coordination
-- writes one HSEARCH_OUTBOX_EVENT row per entity to reindex, in the transaction of the change, and
-- each instance's agent (HSEARCH_AGENT) processes them after the commit. A change that committed is
-- therefore indexed even if the process dies before the index write. Hibernate Search does not
-- create these tables itself here (its schema management stays off): the columns are those its
-- own entity mappings expect in 7.2, with the enums as checked strings and the payloads as bytes.
-- The index names are ours; Hibernate's own ("status") would be too generic on PostgreSQL.

create table HSEARCH_OUTBOX_EVENT (
    id           uuid         not null primary key,
    entityName   varchar(256) not null,
    entityId     varchar(256) not null,
    entityIdHash integer      not null,
    payload      bytea        not null,
    retries      integer      not null,
    processAfter timestamp(6) with time zone not null,
    status       varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenantId     varchar(255)
);

create index hsearch_outbox_event_hash on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index hsearch_outbox_event_status on HSEARCH_OUTBOX_EVENT (status);
create index hsearch_outbox_event_after on HSEARCH_OUTBOX_EVENT (processAfter);

create table HSEARCH_AGENT (
    id                 uuid         not null primary key,
    type               varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING',
                        'MASS_INDEXING')),
    name               varchar(255) not null,
    expiration         timestamp(6) with time zone not null,
    state              varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalShardCount    integer,
    assignedShardIndex integer,
    payload            bytea,
    tenantId           varchar(255)
);
