-- The records an audit event is about besides its own record: the ids a list, search, queue or agenda returned, the
-- case a meeting's research or notes concern, both people of a merge. Append-only like audit_event.
create table audit_event_subject (
    event_id    bigint       not null references audit_event (id),
    record_type varchar(60)  not null,
    record_id   varchar(120) not null,
    primary key (event_id, record_type, record_id)
);
create index audit_event_subject_record on audit_event_subject (record_type, record_id);

create trigger audit_event_subject_no_update_or_delete
    before update or delete on audit_event_subject
    for each row execute function audit_event_is_append_only();

create trigger audit_event_subject_no_truncate
    before truncate on audit_event_subject
    for each statement execute function audit_event_is_append_only();

-- The hash chain, written after commit by audit/AuditSealer: each row's SHA-256 over its content and the previous
-- row's hash (docs/audit.md). Append-only too.
create table audit_seal (
    event_id  bigint      primary key references audit_event (id),
    hash      char(64)    not null,
    sealed_at timestamptz not null default now()
);

create trigger audit_seal_no_update_or_delete
    before update or delete on audit_seal
    for each row execute function audit_event_is_append_only();

create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function audit_event_is_append_only();

-- A coordinator's answer on whether a referral is a repeat, with its reason: the audit row refers to it by id
-- instead of holding the free text.
create table referral_repeat_decision (
    id           bigint generated always as identity primary key,
    referral_id  uuid         not null references referral (id) on delete cascade,
    decision     varchar(20)  not null,
    reason       text         not null,
    decided_at   timestamptz  not null,
    decided_by   varchar(255) not null
);
create index referral_repeat_decision_referral on referral_repeat_decision (referral_id);
