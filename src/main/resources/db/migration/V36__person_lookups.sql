-- lookup/: a person-match lookup that found someone known to a conference kind the asker does not work in. The asker
-- is told only "known to another conference"; the coordinators of that kind see who asked, from which agency and
-- when ("Lookups of your cases from other conferences"). Nobody is emailed.
create table person_lookup (
    id                   bigint generated always as identity primary key,
    person_id            uuid         not null references person (id),
    conference_kind_code varchar(16)  not null references conference_kind (code),
    looked_at            timestamptz  not null,
    asker_subject        varchar(255) not null,
    asker_name           varchar(255) not null,
    asker_agency         varchar(16)
);
create index person_lookup_kind on person_lookup (conference_kind_code, looked_at desc);

-- The auditor's unusual activity counts each user's lookups per day from the audit log.
create index audit_event_action_occurred on audit_event (action, occurred_at);
