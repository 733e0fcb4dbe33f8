-- The outbox carries agenda notices as well as action reminders: one row per address, with no action or step, so
-- that a notice written in the publishing transaction is sent even when the replica dies just after the commit.
alter table reminder_outbox alter column action_id drop not null;
alter table reminder_outbox alter column step drop not null;
alter table reminder_outbox add column kind varchar(32) not null default 'reminder';
