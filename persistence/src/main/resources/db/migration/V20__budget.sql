-- The day's budget: when the desk needs a story filed and how long it should be.
alter table story add column deadline timestamp(6) with time zone;
alter table story add column length_target integer;

-- the budget reads the day's stories by deadline, scheduled time and publication time: one index range each
create index story_deadline_ix on story (deadline);
