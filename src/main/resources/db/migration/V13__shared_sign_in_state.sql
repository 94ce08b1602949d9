-- The console's sessions and the counts of failed sign-ins (issue 11), in the database, so that
-- every instance behind a balancer honours the same session and counts the same failures.
-- Neither table holds a usable secret: a session is found by a SHA-256 of its cookie's id, and a
-- count by a SHA-256 of the account and the client's address. Rows past their time are deleted
-- by the next sign-in (sessions) and the next failure (counts).

create table console_session (
    id_digest    varchar(64)  not null primary key,
    username     varchar(64)  not null,
    csrf_token   varchar(64)  not null,
    last_used_at timestamp(6) with time zone not null
);
create index ix_console_session_user on console_session (username);
create index ix_console_session_last_used on console_session (last_used_at);

create table failed_sign_in (
    key_digest varchar(64)  not null primary key,
    failures   integer      not null,
    opened_at  timestamp(6) with time zone not null
);
create index ix_failed_sign_in_opened on failed_sign_in (opened_at);
