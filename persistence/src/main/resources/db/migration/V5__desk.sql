-- Desk tools: who a story is assigned to, and the indexes the audit export and the desk metrics need.
-- Portable SQL for H2 2.x and PostgreSQL.

alter table story add column assignee varchar(40);
create index story_assignee_idx on story (assignee, state, updated_at desc);

-- Metrics: published stories in a period, transitions (stints) ending in a period, and applied
-- corrections by decision time per story; the desk is the story's first section (position 0).
create index story_published_idx on story (published_at);
create index story_transition_at_idx on story_transition (at, story_id);
create index story_transition_state_idx on story_transition (to_state, story_id);
create index correction_applied_idx on correction (status, decided_at, story_id);
create index story_section_desk_idx on story_section (position, name, story_id);
