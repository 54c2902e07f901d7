-- Inline marks (bold, italic, links) of a block, beside its text: one mark a line, "TYPE start end [href]",
-- offsets into the block's text (which stays as it was, so every offset into it stays valid). Null: no marks.
-- Existing stories have no marks; nothing else changes.
alter table story_block add column marks varchar(20000);
alter table story_revision_block add column marks varchar(20000);
alter table working_copy_block add column marks varchar(20000);
