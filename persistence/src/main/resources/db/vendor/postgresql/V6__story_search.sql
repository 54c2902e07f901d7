-- Full-text search of stories on PostgreSQL: a weighted tsvector per story (headline A, standfirst B, body C)
-- in story.search_vector, kept by triggers when the story's headline or standfirst or any of its blocks
-- change, searched through a GIN index with websearch_to_tsquery('english', ...). The application never
-- writes the column (it is not mapped). H2 has the same version as a no-op (db/vendor/h2): it keeps the
-- portable word-by-word LIKE search.

alter table story add column search_vector tsvector;

create function story_search_vector(p_id bigint, p_headline text, p_standfirst text) returns tsvector
language sql stable as $$
    select setweight(to_tsvector('english', coalesce(p_headline, '')), 'A')
        || setweight(to_tsvector('english', coalesce(p_standfirst, '')), 'B')
        || setweight(to_tsvector('english', coalesce(
               (select string_agg(b.text, ' ' order by b.position) from story_block b where b.story_id = p_id), '')), 'C')
$$;

create function story_search_vector_of_story() returns trigger
language plpgsql as $$
begin
    new.search_vector := story_search_vector(new.id, new.headline, new.standfirst);
    return new;
end
$$;

create trigger story_search_vector_story_insert
    before insert on story
    for each row execute function story_search_vector_of_story();

-- Hibernate writes every column on update: recompute only when the words changed.
create trigger story_search_vector_story_update
    before update of headline, standfirst on story
    for each row when (old.headline is distinct from new.headline or old.standfirst is distinct from new.standfirst)
    execute function story_search_vector_of_story();

create function story_search_vector_of_block() returns trigger
language plpgsql as $$
declare
    changed bigint := case when tg_op = 'DELETE' then old.story_id else new.story_id end;
begin
    update story set search_vector = story_search_vector(id, headline, standfirst) where id = changed;
    return null;
end
$$;

create trigger story_search_vector_block
    after insert or update or delete on story_block
    for each row execute function story_search_vector_of_block();

update story set search_vector = story_search_vector(id, headline, standfirst);

create index story_search_idx on story using gin (search_vector);
