-- Editorial notes (threaded, anchored to a story, a block or an attribution), their kept history, and
-- each user's in-app notifications.

create sequence note_seq start with 1 increment by 50;
create sequence note_edit_seq start with 1 increment by 50;
create sequence notification_seq start with 1 increment by 50;

create table note (
    id              bigint         not null primary key,
    story_id        bigint         not null references story (id),
    parent_id       bigint         references note (id),
    block_key       varchar(12),
    attribution_id  bigint,
    author          varchar(40)    not null,
    body            varchar(5000)  not null,
    mentions        varchar(2000),
    created_at      timestamp(6) with time zone not null,
    edited_at       timestamp(6) with time zone,
    deleted         boolean        not null,
    deleted_at      timestamp(6) with time zone,
    version         bigint         not null
);
create index note_story_idx on note (story_id, id);

create table note_edit (
    id             bigint         not null primary key,
    note_id        bigint         not null references note (id),
    kind           varchar(10)    not null,
    previous_text  varchar(5000)  not null,
    changed_by     varchar(40)    not null,
    changed_at     timestamp(6) with time zone not null
);
create index note_edit_note_idx on note_edit (note_id, id);

create table notification (
    id          bigint        not null primary key,
    recipient   varchar(40)   not null,
    kind        varchar(20)   not null,
    story_id    bigint        not null references story (id),
    note_id     bigint,
    actor       varchar(40)   not null,
    message     varchar(500)  not null,
    created_at  timestamp(6) with time zone not null,
    read_at     timestamp(6) with time zone
);
create index notification_inbox_idx on notification (recipient, read_at, created_at);
