-- API tokens and preview links (issue 14). A token's secret is shown once at creation and only its
-- SHA-256 is kept; scopes and languages are comma-separated lists. A revoked token keeps its row
-- (revoked_at), so the list and the audit log can still name it. last_used_at is written at most
-- once a minute per token, not on every request.

create table api_token (
    id            varchar(36)  not null primary key,
    name          varchar(200) not null,
    secret_hash   varchar(64)  not null,
    scopes        varchar(500) not null,
    languages     varchar(500) not null,
    act_as        varchar(255),
    expires_at    timestamp(6) with time zone not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(255) not null,
    last_used_at  timestamp(6) with time zone,
    revoked_at    timestamp(6) with time zone
);
create unique index ux_api_token_secret_hash on api_token (secret_hash);

-- Secrets the server generates once for every instance to share, such as the key of the signed
-- preview links when tilmash.preview.secret is not configured; a restart keeps them.
create table server_secret (
    name        varchar(64)  not null primary key,
    secret      varchar(200) not null,
    created_at  timestamp(6) with time zone not null
);
