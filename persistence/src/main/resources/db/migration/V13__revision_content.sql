-- Revisions keep the story's fields and blocks as they were (keys and all), so that a revision can be
-- restored exactly; before this, a revision kept only the story as text (still kept: the diff reads it).
-- Older revisions have content_kept = false and are read back from their text when restored.
alter table story_revision add column content_kept boolean default false not null;
alter table story_revision add column standfirst varchar(1000);
alter table story_revision add column byline varchar(200);

create table story_revision_section (
    revision_id  bigint       not null references story_revision (id),
    position     integer      not null,
    name         varchar(60)  not null,
    primary key (revision_id, position)
);

create table story_revision_block (
    revision_id  bigint          not null references story_revision (id),
    position     integer         not null,
    block_key    varchar(12)     not null,
    type         varchar(12)     not null,
    text         varchar(20000)  not null,
    primary key (revision_id, position)
);
