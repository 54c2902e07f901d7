-- Each writer's unsaved edits of a story (the editor keeps them a few seconds after typing stops): one
-- working copy per story and user, not a revision. Gone when that user saves the story.
create sequence working_copy_seq start with 1 increment by 50;

create table working_copy (
    id            bigint         not null primary key,
    story_id      bigint         not null references story (id),
    username      varchar(40)    not null,
    base_version  bigint         not null,
    saved_at      timestamp(6) with time zone not null,
    headline      varchar(300),
    standfirst    varchar(1000),
    byline        varchar(200),
    constraint working_copy_uk unique (story_id, username)
);

create table working_copy_section (
    working_copy_id  bigint       not null references working_copy (id),
    position         integer      not null,
    name             varchar(60)  not null,
    primary key (working_copy_id, position)
);

create table working_copy_block (
    working_copy_id  bigint          not null references working_copy (id),
    position         integer         not null,
    block_key        varchar(12)     not null,
    type             varchar(12)     not null,
    text             varchar(20000)  not null,
    primary key (working_copy_id, position)
);
