-- ShedLock: one row per scheduled job of the web app; an instance runs a job only when it can take the job's row,
-- so the post-night jobs run once per bank however many web instances run.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
