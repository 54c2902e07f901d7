-- Stories: the aggregate root of the editorial workflow.
create sequence story_seq start with 1 increment by 50;

create table story (
    id          bigint        not null primary key,
    slug        varchar(120)  not null,
    headline    varchar(300)  not null,
    body        varchar(200000) not null,
    state       varchar(20)   not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null,
    constraint story_slug_uk unique (slug)
);

create index story_updated_idx on story (updated_at desc, id desc);
create index story_state_idx on story (state, updated_at desc);
