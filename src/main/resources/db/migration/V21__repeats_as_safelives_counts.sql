-- Repeats counted as SafeLives counts them (docs/referrals.md, "Repeats"): the window counts from the last accepted
-- referral (or, as a setting, the last hearing), the new incident's date is what falls in it, and the two referrals must
-- share an alleged perpetrator (a setting). A coordinator may override the answer, with a reason.

-- The rule per conference kind. MARAC and SARAC take SafeLives' rule; ASBRAC counts the same victim whoever caused the
-- harm. A window an administrator chose is kept: only what it counts from changes.
alter table conference_setting add column repeat_anchor varchar(16) not null default 'LAST_REFERRAL'
    check (repeat_anchor in ('LAST_REFERRAL', 'LAST_HEARING'));
alter table conference_setting add column repeat_same_perpetrator boolean not null default true;
update conference_setting set repeat_same_perpetrator = false where conference_kind_code = 'ASBRAC';
update conference_setting set version = version + 1, updated_at = now(), updated_by = 'Roundtable (SafeLives repeat rule)';

-- The day the incident happened, where the referrer knows it; the submission day stands in for it otherwise.
alter table referral add column incident_on date check (incident_on >= date '2000-01-01');

-- What the rule found: the earlier referral, the day the window counts from and which day that is. Kept up to date
-- even while a coordinator's answer stands, so that clearing the answer shows the rule's again.
alter table referral rename column repeat_last_heard_on to repeat_anchored_on;
alter table referral add column repeat_anchor varchar(16) check (repeat_anchor in ('LAST_REFERRAL', 'LAST_HEARING'));
update referral set repeat_anchor = 'LAST_HEARING' where repeat_of_referral_id is not null;

-- A coordinator's answer (true: a repeat; false: not one), which stands until it is cleared.
alter table referral add column repeat_override boolean;
alter table referral add column repeat_override_reason text;
alter table referral add column repeat_override_by varchar(255);
alter table referral add column repeat_override_at timestamptz;
alter table referral add constraint referral_repeat_override_explained check (repeat_override is null
    or (repeat_override_reason is not null and repeat_override_by is not null and repeat_override_at is not null));

-- The flag that shows and is counted: the coordinator's answer where there is one, else the rule's. Reports read this.
alter table referral add column is_repeat boolean not null
    generated always as (coalesce(repeat_override, repeat_of_referral_id is not null)) stored;

-- Work that Roundtable does once at its next start, after this migration: the flags of existing referrals are worked
-- out again under the new rule (Java holds the rule), and the change is written to the audit log.
create table repeat_recompute_due (
    reason    varchar(300) primary key,
    due_since timestamptz  not null default now()
);
insert into repeat_recompute_due (reason) values
    ('Repeats are now counted as SafeLives counts them: within the window after the last accepted referral, from the incident''s date, sharing an alleged perpetrator (V21)');
