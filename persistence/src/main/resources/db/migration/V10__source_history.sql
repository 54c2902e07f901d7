-- The source registry's history becomes one timeline of everything done to a source: what each line
-- records (event), the fields it changed before → after (changes, one per line), and for a merge the other
-- record (other_id, other_name). Rows written before are creations, verification decisions and merges;
-- their words stay in the note, except the creation line's, which the event now says.

alter table source_check add column event varchar(20) default 'VERIFICATION' not null;
alter table source_check add column changes varchar(32000);
alter table source_check add column other_id bigint;
alter table source_check add column other_name varchar(200);

update source_check set event = 'ADDED' where position = 0;
update source_check set note = null where position = 0 and note = 'Added to the registry';
update source_check set event = 'MERGED_IN' where position > 0 and note like 'Merged in "%';
update source_check set event = 'MERGED_INTO' where position > 0 and note like 'Merged into "%';
