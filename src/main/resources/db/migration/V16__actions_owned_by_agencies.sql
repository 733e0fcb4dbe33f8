-- Actions owned by agencies (issue 12): a coordinator may add one between meetings (no meeting), the owning agency's
-- single point of contact assigns it to a named colleague, and each action knows its conference kind and case
-- reference so that inboxes and reminders need no case content.
alter table action alter column meeting_id drop not null;
alter table action add column conference_kind_code varchar(16) references conference_kind (code);
alter table action add column case_reference varchar(32);
alter table action add column assignee_subject varchar(255);
alter table action add column assignee_name varchar(255);
alter table action add column completed_at timestamptz;
update action a set conference_kind_code = r.conference_kind_code, case_reference = r.reference from referral r where r.id = a.referral_id;
update action a set completed_at = (select max(u.at) from action_update u where u.action_id = a.id)
    where a.status in ('DONE', 'NOT_DONE');
alter table action alter column conference_kind_code set not null;
create index action_owner_due on action (owner_agency_code, due_on);
create index action_assignee on action (assignee_subject, due_on);
create index action_open_due on action (due_on) where status in ('OPEN', 'IN_PROGRESS');

alter table action_update add column assignee_subject varchar(255);
alter table action_update add column assignee_name varchar(255);

-- Reminders waiting to be mailed (a transactional outbox). One row per action and step, so deciding twice cannot
-- send twice; a row stays until the mail server has taken it, retried with backoff, and is never deleted.
create table reminder_outbox (
    id              uuid primary key,
    action_id       uuid         not null references action (id),
    step            varchar(32)  not null,
    recipients      text         not null,
    subject         varchar(300) not null,
    body            text         not null,
    created_at      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      text,
    sent_at         timestamptz,
    unique (action_id, step)
);
create index reminder_outbox_pending on reminder_outbox (next_attempt_at) where sent_at is null;
