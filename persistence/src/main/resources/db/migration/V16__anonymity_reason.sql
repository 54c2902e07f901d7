-- Why was anonymity granted? A claim linked to an anonymous source carries the reason (10 to 1000 characters),
-- on the claim (the reason in force) and on the line of its history that gave it (a link, a merge that carried
-- it, the source made anonymous). Claims and lines written before this rule keep null: legacy links, made
-- before anyone was asked; they are left as they are.
alter table attribution add column anonymity_reason varchar(1000);
alter table attribution_decision add column anonymity_reason varchar(1000);
