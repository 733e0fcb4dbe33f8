
-- Victims, alleged perpetrators and children. A referral links to people; it never copies them.
create table person (
    id                 uuid primary key,
    first_name         varchar(120) not null,
    last_name          varchar(120) not null,
    aliases            text,
    date_of_birth      date,
    approximate_age    integer,
    sex                varchar(40),
    gender_identity    varchar(120),
    ethnicity          varchar(120),
    disability         varchar(200),
    sexual_orientation varchar(120),
    first_language     varchar(120),
    interpreter_needed boolean      not null default false,
    address            text,
    town               varchar(120),
    postcode           varchar(12),
    safe_phone         varchar(40),
    safe_email         varchar(320),
    safe_contact_notes text,
    match_name         varchar(260) not null,
    created_at         timestamptz  not null,
    created_by_agency  varchar(16),
    version            bigint       not null default 0
);
create index person_exact_match on person (match_name, date_of_birth);

create table person_address (
    id         bigint generated always as identity primary key,
    person_id  uuid        not null references person (id),
    address    text        not null,
    town       varchar(120),
    postcode   varchar(12),
    recorded_at timestamptz not null
);
create index person_address_person on person_address (person_id);

create table referral (
    id                             uuid primary key,
    reference                      varchar(32) unique,
    conference_kind_code           varchar(16)  not null references conference_kind (code),
    state                          varchar(20)  not null,
    state_before_listing           varchar(20),
    version                        bigint       not null default 0,
    referring_agency_code          varchar(16)  not null,
    author_subject                 varchar(255) not null,
    author_name                    varchar(255) not null,
    officer_name                   varchar(255),
    victim_person_id               uuid references person (id),
    incident_summary               text,
    checklist_code                 varchar(40)  not null,
    answers                        jsonb        not null default '{}'::jsonb,
    answer_notes                   jsonb        not null default '{}'::jsonb,
    assessment_id                  uuid references assessment (id),
    professional_judgement         boolean      not null default false,
    professional_judgement_reasons text,
    police_incidents_12_months     integer,
    consent                        varchar(20),
    consent_reason                 text,
    screen_out_reason              text,
    signposting                    text,
    return_question                text,
    return_answer                  text,
    triage_call_id                 uuid,
    -- What the referrer has typed so far; people and answers are taken from it when the referral is submitted.
    draft                          jsonb        not null default '{}'::jsonb,
    created_at                     timestamptz  not null,
    updated_at                     timestamptz  not null,
    submitted_at                   timestamptz
);
create index referral_state on referral (conference_kind_code, state);
create index referral_agency on referral (referring_agency_code);
create index referral_victim on referral (victim_person_id);

create table referral_person (
    referral_id  uuid        not null references referral (id) on delete cascade,
    person_id    uuid        not null references person (id),
    role         varchar(20) not null,
    relationship varchar(120),
    primary key (referral_id, person_id, role)
);
create index referral_person_person on referral_person (person_id);

create table referral_transition (
    id           bigint generated always as identity primary key,
    referral_id  uuid         not null references referral (id) on delete cascade,
    from_state   varchar(20),
    to_state     varchar(20)  not null,
    occurred_at  timestamptz  not null,
    actor_subject varchar(255) not null,
    actor_name   varchar(255) not null,
    actor_agency varchar(16),
    reason       text
);
create index referral_transition_referral on referral_transition (referral_id);
