-- Scheduled publishing and embargoes: when the scheduler publishes a ready story and for whom, until when an
-- embargo keeps it back, and the log of both (every change has an author, a time and a reason).

alter table story add column publish_at timestamp(6) with time zone;
alter table story add column scheduled_by varchar(40);
alter table story add column embargo_until timestamp(6) with time zone;

-- the scheduler's poll (every second, on every node) reads a range of this index: only scheduled stories
create index story_publish_at_ix on story (publish_at);
-- the dashboard's embargoed stories: those whose embargo has not ended
create index story_embargo_until_ix on story (embargo_until);

create table story_schedule_log (
    story_id  bigint        not null references story (id),
    position  integer       not null,
    action    varchar(20)   not null,
    actor     varchar(40)   not null,
    at        timestamp(6) with time zone not null,
    time_set  timestamp(6) with time zone,
    note      varchar(2000),
    primary key (story_id, position)
);
