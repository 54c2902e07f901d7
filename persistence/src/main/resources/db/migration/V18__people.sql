-- People: a one-time password that must be replaced, a stamp that ends a user's sessions when an administrator
-- changes the account, and the administrators' log.

alter table app_user add column must_change_password boolean default false not null;
alter table app_user add column access_stamp bigint default 0 not null;

create sequence admin_action_seq start with 1 increment by 50;

create table admin_action (
    id        bigint        not null primary key,
    acted_at  timestamp(6) with time zone not null,
    actor     varchar(40)   not null,
    kind      varchar(30)   not null,
    target    varchar(80)   not null,
    detail    varchar(1000)
);

create index admin_action_at_ix on admin_action (acted_at desc, id desc);

-- Sections: retired ones are offered for no new story but stay on the stories filed in them.
alter table section add column retired boolean default false not null;
