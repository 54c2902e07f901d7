-- Pictures (docs/editor.md, "Pictures"): each upload once, with its bytes in the database so that every node of
-- a cluster serves it. media lists them (the library reads only this); media_file holds the bytes: the original
-- (width 0) and the renditions served for srcset. bytea is binary on PostgreSQL and an alias of it on H2.
create sequence media_seq start with 1 increment by 10;

create table media (
    id            bigint        not null primary key,
    content_type  varchar(20)   not null,
    width         integer       not null,
    height        integer       not null,
    byte_size     bigint        not null,
    sha256        varchar(64)   not null,
    credit        varchar(200),
    alt           varchar(500),
    file_name     varchar(200),
    uploaded_by   varchar(40)   not null,
    uploaded_at   timestamp(6) with time zone not null,
    constraint media_sha256_uk unique (sha256)
);
create index media_uploaded_idx on media (uploaded_at);

create sequence media_file_seq start with 1 increment by 10;

create table media_file (
    id            bigint        not null primary key,
    media_id      bigint        not null references media (id),
    width         integer       not null,
    height        integer       not null,
    content_type  varchar(20)   not null,
    bytes         bytea         not null
);
create index media_file_media_idx on media_file (media_id, width);

-- A picture block (type IMAGE) names its picture and carries its alt text; its text is the caption line.
-- Existing blocks are not pictures: both stay null, nothing else changes.
alter table story_block add column media_id bigint;
alter table story_block add column alt varchar(500);
alter table story_revision_block add column media_id bigint;
alter table story_revision_block add column alt varchar(500);
alter table working_copy_block add column media_id bigint;
alter table working_copy_block add column alt varchar(500);
create index story_block_media_idx on story_block (media_id);
