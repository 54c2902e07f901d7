-- The copy desk: copy-check findings with their decisions, the newsroom dictionary, and corrections.

create sequence finding_seq start with 1 increment by 50;
create sequence correction_seq start with 1 increment by 50;
create sequence dictionary_seq start with 1 increment by 50;

create table finding (
    id          bigint         not null primary key,
    story_id    bigint         not null references story (id),
    rule        varchar(80)    not null,
    block_key   varchar(12)    not null,
    span_start  integer        not null,
    span_end    integer        not null,
    covered     varchar(500)   not null,
    excerpt     varchar(1000)  not null,
    message     varchar(1000)  not null,
    suggestion  varchar(500),
    status      varchar(20)    not null,
    reason      varchar(1000),
    decided_by  varchar(40),
    decided_at  timestamp(6) with time zone,
    version     bigint         not null
);
create index finding_story_idx on finding (story_id, status);

create table dictionary_entry (
    id        bigint        not null primary key,
    word      varchar(100)  not null,
    added_by  varchar(40)   not null,
    added_at  timestamp(6) with time zone not null,
    constraint dictionary_word_uk unique (word)
);

create table correction (
    id             bigint         not null primary key,
    story_id       bigint         not null references story (id),
    kind           varchar(20)    not null,
    block_key      varchar(12),
    text_before    varchar(5000),
    text_after     varchar(5000),
    reason         varchar(2000)  not null,
    notice         varchar(2000),
    status         varchar(20)    not null,
    proposed_by    varchar(80)    not null,
    proposed_at    timestamp(6) with time zone not null,
    decided_by     varchar(40),
    decided_at     timestamp(6) with time zone,
    decision_note  varchar(2000),
    revision       integer,
    from_reader    boolean        not null,
    version        bigint         not null
);
create index correction_story_idx on correction (story_id, status);
create index correction_log_idx on correction (status, decided_at desc);
create index correction_pending_idx on correction (status, proposed_at);
create index correction_reader_idx on correction (proposed_by, proposed_at);
