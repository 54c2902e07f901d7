-- Webhooks: partners' addresses told of published, corrected and retracted stories, and every delivery to
-- them (the exact body, its attempts, the last answer), kept so that admins can see what was sent.

create sequence webhook_seq start with 1 increment by 1;
create sequence webhook_delivery_seq start with 1 increment by 50;

create table webhook (
    id          bigint        not null primary key,
    url         varchar(2000) not null,
    events      varchar(200)  not null,
    secret      varchar(64)   not null,
    active      boolean       not null,
    created_by  varchar(40)   not null,
    created_at  timestamp(6) with time zone not null,
    version     bigint        not null
);

create table webhook_delivery (
    id               bigint          not null primary key,
    webhook_id       bigint          not null references webhook (id),
    event            varchar(40)     not null,
    story_id         bigint          not null,
    payload          varchar(100000) not null,
    status           varchar(10)     not null,
    attempts         integer         not null,
    next_attempt_at  timestamp(6) with time zone,
    last_status      integer,
    last_error       varchar(500),
    created_at       timestamp(6) with time zone not null,
    delivered_at     timestamp(6) with time zone,
    version          bigint          not null
);
-- the deliveries due (the sender's poll) and a webhook's deliveries, newest first (the admins' list)
create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_webhook_idx on webhook_delivery (webhook_id, id);
