-- Sourcing decisions are kept, not overwritten: every link, waiver, rejection, hand-marked claim, proposal
-- edit, change of a reviewed claim's words and confirmation is a line of the attribution's history. A claim
-- whose words changed after review keeps its decision and is marked until an editor confirms it.

alter table attribution add column changed_since_review boolean default false not null;
alter table attribution add column reviewed_span varchar(1000);

create table attribution_decision (
    attribution_id  bigint         not null references attribution (id),
    position        integer        not null,
    action          varchar(20)    not null,
    source_id       bigint,
    span            varchar(1000),
    note            varchar(2000),
    actor           varchar(40)    not null,
    at              timestamp(6) with time zone not null,
    primary key (attribution_id, position)
);

-- What was decided before this migration: the last decision of each attribution, as its first line.
update attribution set reviewed_span = span where decided_at is not null;
insert into attribution_decision (attribution_id, position, action, source_id, span, note, actor, at)
select id, 0,
       case when status = 'REJECTED' then 'REJECTED' when waived then 'WAIVED' else 'LINKED' end,
       source_id, span, note, decided_by, decided_at
from attribution
where decided_at is not null and decided_by is not null;
