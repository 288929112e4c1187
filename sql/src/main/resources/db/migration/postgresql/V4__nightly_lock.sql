-- One runner per business date: the row is the lock, its owner is 'pid@host' of the process running the night.
create table nightly_lock (
    biz_date     date         primary key,
    owner        varchar(100) not null,
    acquired_at  timestamp    not null
);
