-- Changing whether a call is about domestic abuse keeps the answers given on the other branch aside, so a handler
-- who changes the answer back finds them again instead of asking the caller twice.
alter table triage_call add column set_aside_answers jsonb not null default '{}'::jsonb;
