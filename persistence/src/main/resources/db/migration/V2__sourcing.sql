-- Sourcing review: the source registry (with aliases and a verification history) and the attributions
-- that tie a span of a story's text to a source.

create sequence source_seq start with 1 increment by 50;
create sequence attribution_seq start with 1 increment by 50;

create table source (
    id           bigint        not null primary key,
    name         varchar(200)  not null,
    name_key     varchar(200)  not null,
    kind         varchar(20)   not null,
    role         varchar(300),
    reference    varchar(500),
    status       varchar(20)   not null,
    status_note  varchar(2000),
    status_by    varchar(40),
    status_at    timestamp(6) with time zone,
    merged_into  bigint        references source (id),
    version      bigint        not null
);
create index source_name_key_idx on source (name_key);

create table source_alias (
    source_id  bigint        not null references source (id),
    alias      varchar(200)  not null,
    primary key (source_id, alias)
);

create table source_check (
    source_id  bigint        not null references source (id),
    position   integer       not null,
    status     varchar(20)   not null,
    note       varchar(2000),
    actor      varchar(40)   not null,
    at         timestamp(6) with time zone not null,
    primary key (source_id, position)
);

create table attribution (
    id             bigint         not null primary key,
    story_id       bigint         not null references story (id),
    block_key      varchar(12)    not null,
    span_start     integer        not null,
    span_end       integer        not null,
    span           varchar(1000)  not null,
    claim          varchar(4000)  not null,
    cue            varchar(30),
    proposed_name  varchar(200),
    proposed_kind  varchar(20),
    proposed_role  varchar(300),
    source_id      bigint         references source (id),
    status         varchar(20)    not null,
    present        boolean        not null,
    waived         boolean        not null,
    note           varchar(2000),
    decided_by     varchar(40),
    decided_at     timestamp(6) with time zone,
    version        bigint         not null
);
create index attribution_story_idx on attribution (story_id);
create index attribution_source_idx on attribution (source_id);
