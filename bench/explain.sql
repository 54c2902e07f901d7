-- The audit of every list Copydesk offers, as PostgreSQL runs it: the SQL Hibernate sends for each
-- repository query (same predicates, order and paging), under EXPLAIN (ANALYZE, BUFFERS).
-- Run on a generated database:  psql -h 127.0.0.1 -p 55432 -U copydesk DB -f bench/explain.sql
\pset pager off
\timing off
select id as story from story where state = 'PUBLISHED' order by current_revision desc, id limit 1 \gset
select source_id as source from attribution where source_id is not null group by source_id order by count(*) desc limit 1 \gset

\echo '== 1 API stories list, page 0 (StoryQueries.search: order by updated_at desc, id desc)'
explain (analyze, buffers, costs off) select * from story s order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
\echo '== 1b the same, page 200'
explain (analyze, buffers, costs off) select * from story s order by s.updated_at desc, s.id desc offset 4000 rows fetch first 20 rows only;
\echo '== 2 its total'
explain (analyze, buffers, costs off) select count(s.id) from story s;
\echo '== 3 state=SOURCING_REVIEW (dashboard queue "Sourcing review"), page and total'
explain (analyze, buffers, costs off) select * from story s where s.state in ('SOURCING_REVIEW') order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(s.id) from story s where s.state in ('SOURCING_REVIEW');
\echo '== 4 dashboard "On the desk" (three states) and "Published" (two states), page and total'
explain (analyze, buffers, costs off) select * from story s where s.state in ('SOURCING_REVIEW', 'COPY_EDIT', 'READY') order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select * from story s where s.state in ('PUBLISHED', 'RETRACTED') order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(s.id) from story s where s.state in ('PUBLISHED', 'RETRACTED');
\echo '== 5 dashboard "My drafts" (reporter)'
explain (analyze, buffers, costs off) select * from story s where s.state in ('DRAFT') and s.reporter = 'reporter' order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
\echo '== 6 search, before: lower(..) like over headline and every block'
explain (analyze, buffers, costs off) select * from story s where lower(s.headline) like '%troops%' or exists (select 1 from story_block b where b.story_id = s.id and lower(b.text) like '%troops%') order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(*) from story s where lower(s.headline) like '%troops%' or exists (select 1 from story_block b where b.story_id = s.id and lower(b.text) like '%troops%');
\echo '== 7 search, after: full text (a common word, two words, a rare word), page and total'
explain (analyze, buffers, costs off) select s.id from story s where s.search_vector @@ websearch_to_tsquery('english', 'troops') order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(*) from story s where s.search_vector @@ websearch_to_tsquery('english', 'troops');
explain (analyze, buffers, costs off) select s.id from story s where s.search_vector @@ websearch_to_tsquery('english', 'troops border') and s.state in ('DRAFT') order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select s.id from story s where s.search_vector @@ websearch_to_tsquery('english', 'Gordeev') order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
\echo '== 8 revisions of a story (RevisionRepository.ofStory) and their count'
explain (analyze, buffers, costs off) select * from story_revision r where r.story_id = :story order by r.number desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(r.id) from story_revision r where r.story_id = :story;
\echo '== 9 attributions, findings, corrections, notices of a story'
explain (analyze, buffers, costs off) select * from attribution a where a.story_id = :story order by a.id;
explain (analyze, buffers, costs off) select * from finding f where f.story_id = :story order by f.id;
explain (analyze, buffers, costs off) select * from correction c where c.story_id = :story order by c.proposed_at desc, c.id desc;
explain (analyze, buffers, costs off) select * from correction c where c.story_id = :story and c.status = 'APPLIED' and c.kind <> 'TYPO' order by c.decided_at, c.id;
\echo '== 10 corrections log and Atom feed (applied, public stories), page and total'
explain (analyze, buffers, costs off) select * from correction c where c.status = 'APPLIED' and exists (select 1 from story s where s.id = c.story_id and s.state in ('PUBLISHED', 'RETRACTED')) order by c.decided_at desc, c.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(c.id) from correction c where c.status = 'APPLIED' and exists (select 1 from story s where s.id = c.story_id and s.state in ('PUBLISHED', 'RETRACTED'));
\echo '== 11 pending corrections, page and total'
explain (analyze, buffers, costs off) select * from correction c where c.status = 'PROPOSED' order by c.proposed_at, c.id offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(c.id) from correction c where c.status = 'PROPOSED';
\echo '== 12 sources list (no text), page and total'
explain (analyze, buffers, costs off) select * from source s where s.merged_into is null order by s.name, s.id offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(s.id) from source s where s.merged_into is null;
\echo '== 13 sources search (name key, role, aliases), page and total'
explain (analyze, buffers, costs off) select * from source s where s.merged_into is null and (s.name_key like '%kotsou%' escape '\' or lower(s.role) like '%kotsou%' escape '\' or exists (select 1 from source_alias a where a.source_id = s.id and lower(a.alias) like '%kotsou%' escape '\')) order by s.name, s.id offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select count(s.id) from source s where s.merged_into is null and (s.name_key like '%kotsou%' escape '\' or lower(s.role) like '%kotsou%' escape '\' or exists (select 1 from source_alias a where a.source_id = s.id and lower(a.alias) like '%kotsou%' escape '\'));
\echo '== 14 attributions linked to a source (source page)'
explain (analyze, buffers, costs off) select * from attribution a where a.source_id = :source;
\echo '== 15 the public story page: by slug, its blocks'
select slug from story where id = :story \gset
explain (analyze, buffers, costs off) select * from story s where s.slug = :'slug';
explain (analyze, buffers, costs off) select * from story_block b where b.story_id = :story order by b.position;
\echo '== 16 correction sweep (CopyEditRepository.storiesContaining): the same words in other stories'
explain (analyze, buffers, costs off) select distinct s.id from story s join story_block b on b.story_id = s.id where s.id <> :story and b.text like '%Vladivostok%' escape '\' order by s.id offset 0 rows fetch first 200 rows only;
\echo '== 17 since V7 and the count cap: the totals as the application asks for them on PostgreSQL'
explain (analyze, buffers, costs off) select count(*) from (select 1 from story s limit 10001) t;
explain (analyze, buffers, costs off) select count(*) from (select 1 from story s where s.state in ('PUBLISHED', 'RETRACTED') limit 10001) t;
explain select 1 from story s where s.state in ('PUBLISHED', 'RETRACTED');
explain (analyze, buffers, costs off) select count(*) from (select 1 from story s where s.search_vector @@ websearch_to_tsquery('english', 'troops') limit 1001) t;
explain select 1 from story s where s.search_vector @@ websearch_to_tsquery('english', 'troops');
\echo '== 18 a many-state queue, one index range per state (JpaStoryRepository.searchStatesMerged)'
explain (analyze, buffers, costs off) select s.id, s.updated_at from story s where s.state = 'PUBLISHED' order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
explain (analyze, buffers, costs off) select s.id, s.updated_at from story s where s.state = 'RETRACTED' order by s.updated_at desc, s.id desc offset 0 rows fetch first 20 rows only;
