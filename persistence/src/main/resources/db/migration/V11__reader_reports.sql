-- Reader reports and corrections (docs/copydesk.md, "Corrections").
--
-- A report's proposer was stored as "reader <network address>" and shown to the desk. Now the desk sees
-- "reader" and the e-mail address the reader gave (reader_contact); the hourly limit counts by reader_key,
-- an HMAC of the address under a secret kept in app_secret (made by the application the first time it is
-- needed), erased once the hour is over. Existing reports lose their address; they are older than the hour,
-- so the limit needs nothing from them. Their contact stays where it was written, in the reason.
--
-- resolved_by links a report to the correction that answers it (status RESOLVED once that one is applied).

alter table correction add column reader_key varchar(64);
alter table correction add column reader_contact varchar(254);
alter table correction add column resolved_by bigint;
alter table correction add constraint correction_resolved_by_fk foreign key (resolved_by) references correction (id);

update correction set proposed_by = 'reader' where from_reader = true;

drop index correction_reader_idx;
create index correction_reader_idx on correction (reader_key, proposed_at);
create index correction_resolved_by_idx on correction (resolved_by);

create table app_secret (
    name    varchar(40)   not null primary key,
    secret  varchar(200)  not null
);
