-- Indexes for the lists, from the EXPLAIN audit on 100,000 stories (docs/performance.md).
-- A story list by state pages through (state, updated_at desc, id desc) and counts from it without
-- touching the table; the source registry pages by name.
drop index story_state_idx;
create index story_state_idx on story (state, updated_at desc, id desc);
create index source_name_idx on source (name, id);
