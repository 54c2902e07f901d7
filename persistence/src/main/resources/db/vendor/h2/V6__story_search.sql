-- H2 (the development default) keeps the portable word-by-word LIKE search of JpaStoryRepository; this version
-- exists so the schema history has the same numbers on H2 and PostgreSQL (db/vendor/postgresql/V6 adds the
-- full-text search there).
select 1;
