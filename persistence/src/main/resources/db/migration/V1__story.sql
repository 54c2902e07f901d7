-- Copydesk schema, version 1: stories with their blocks, sections, revisions and workflow log;
-- users and roles; the newsroom's section list. Portable SQL for H2 2.x and PostgreSQL.

create sequence story_seq start with 1 increment by 50;
create sequence story_revision_seq start with 1 increment by 50;
create sequence app_user_seq start with 1 increment by 10;
create sequence section_seq start with 1 increment by 10;

create table story (
    id                bigint        not null primary key,
    slug              varchar(120)  not null,
    headline          varchar(300)  not null,
    standfirst        varchar(1000),
    byline            varchar(200),
    state             varchar(20)   not null,
    reporter          varchar(40)   not null,
    fingerprint       varchar(64),
    current_revision  integer       not null,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    updated_by        varchar(40)   not null,
    published_at      timestamp(6) with time zone,
    version           bigint        not null,
    constraint story_slug_uk unique (slug),
    constraint story_fingerprint_uk unique (fingerprint)
);
create index story_updated_idx on story (updated_at desc, id desc);
create index story_state_idx on story (state, updated_at desc);
create index story_reporter_idx on story (reporter, state);

create table story_block (
    story_id   bigint        not null references story (id),
    position   integer       not null,
    block_key  varchar(12)   not null,
    type       varchar(12)   not null,
    text       varchar(20000) not null,
    primary key (story_id, position)
);

create table story_section (
    story_id  bigint       not null references story (id),
    position  integer      not null,
    name      varchar(60)  not null,
    primary key (story_id, position)
);

create table story_transition (
    story_id    bigint       not null references story (id),
    position    integer      not null,
    from_state  varchar(20)  not null,
    to_state    varchar(20)  not null,
    actor       varchar(40)  not null,
    at          timestamp(6) with time zone not null,
    note        varchar(2000),
    primary key (story_id, position)
);

create table story_revision (
    id          bigint         not null primary key,
    story_id    bigint         not null references story (id),
    number      integer        not null,
    author      varchar(40)    not null,
    created_at  timestamp(6) with time zone not null,
    reason      varchar(500)   not null,
    headline    varchar(300)   not null,
    text        varchar(1000000) not null,
    constraint story_revision_uk unique (story_id, number)
);

create table app_user (
    id             bigint        not null primary key,
    username       varchar(40)   not null,
    display_name   varchar(120)  not null,
    password_hash  varchar(400)  not null,
    enabled        boolean       not null,
    version        bigint        not null,
    constraint app_user_username_uk unique (username)
);

create table app_user_role (
    user_id  bigint       not null references app_user (id),
    role     varchar(20)  not null,
    primary key (user_id, role)
);

create table section (
    id        bigint       not null primary key,
    name      varchar(60)  not null,
    position  integer      not null,
    version   bigint       not null,
    constraint section_name_uk unique (name)
);

insert into section (id, name, position, version) values
    (1, 'World News', 1, 0),
    (2, 'Asia-Pacific', 2, 0),
    (3, 'Korea', 3, 0),
    (4, 'Japan', 4, 0),
    (5, 'China', 5, 0),
    (6, 'Europe', 6, 0),
    (7, 'Middle East', 7, 0),
    (8, 'Africa', 8, 0),
    (9, 'Americas', 9, 0),
    (10, 'Politics', 10, 0),
    (11, 'Business', 11, 0),
    (12, 'Science', 12, 0),
    (13, 'Sport', 13, 0),
    (14, 'Culture', 14, 0);
alter sequence section_seq restart with 100;
