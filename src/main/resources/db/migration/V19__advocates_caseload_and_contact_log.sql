-- The advocates' caseload and contact log (docs/advocates.md), written only by the contact package.

-- Bank holidays of England and Wales: working days skip them. Data an administrator extends; seeded for 2026 and 2027
-- (GOV.UK's published dates, substitute days included).
create table bank_holiday (
    day        date primary key,
    name       varchar(120) not null,
    added_by   varchar(255) not null,
    added_at   timestamptz  not null
);
insert into bank_holiday (day, name, added_by, added_at) values
    ('2026-01-01', 'New Year''s Day', 'Roundtable', now()),
    ('2026-04-03', 'Good Friday', 'Roundtable', now()),
    ('2026-04-06', 'Easter Monday', 'Roundtable', now()),
    ('2026-05-04', 'Early May bank holiday', 'Roundtable', now()),
    ('2026-05-25', 'Spring bank holiday', 'Roundtable', now()),
    ('2026-08-31', 'Summer bank holiday', 'Roundtable', now()),
    ('2026-12-25', 'Christmas Day', 'Roundtable', now()),
    ('2026-12-28', 'Boxing Day (substitute day)', 'Roundtable', now()),
    ('2027-01-01', 'New Year''s Day', 'Roundtable', now()),
    ('2027-03-26', 'Good Friday', 'Roundtable', now()),
    ('2027-03-29', 'Easter Monday', 'Roundtable', now()),
    ('2027-05-03', 'Early May bank holiday', 'Roundtable', now()),
    ('2027-05-31', 'Spring bank holiday', 'Roundtable', now()),
    ('2027-08-30', 'Summer bank holiday', 'Roundtable', now()),
    ('2027-12-27', 'Christmas Day (substitute day)', 'Roundtable', now()),
    ('2027-12-28', 'Boxing Day (substitute day)', 'Roundtable', now());

-- One entry per accepted MARAC or SARAC referral: allocated to the advocate service when accepted, then to a named
-- advocate. Closing support here never changes the referral's own state.
create table caseload_entry (
    id                   uuid primary key,
    referral_id          uuid         not null unique references referral (id),
    conference_kind_code varchar(16)  not null,
    referred_at          timestamptz  not null,
    service_allocated_at timestamptz  not null,
    advocate_subject     varchar(255),
    advocate_name        varchar(255),
    advocate_agency      varchar(16),
    allocated_at         timestamptz,
    support              varchar(16)  not null,
    closure_reason       varchar(40),
    outcome_physical     varchar(16),
    outcome_sexual       varchar(16),
    outcome_harassment   varchar(16),
    outcome_controlling  varchar(16),
    feels_safer          varchar(16),
    closed_at            timestamptz,
    version              bigint       not null default 0
);
create index caseload_entry_kind on caseload_entry (conference_kind_code, support);

-- The caseload history: allocations, closing and reopening, with who, when and why.
create table caseload_event (
    id           uuid primary key,
    entry_id     uuid         not null references caseload_entry (id),
    occurred_at  timestamptz  not null,
    what         varchar(20)  not null,
    actor_subject varchar(255) not null,
    actor_name   varchar(255) not null,
    detail       text
);
create index caseload_event_entry on caseload_event (entry_id, occurred_at);

-- A contact with the victim, or an attempt. An amendment (amends_entry_id set) corrects an entry older than 24 hours.
create table contact_entry (
    id                uuid primary key,
    referral_id       uuid         not null references referral (id),
    amends_entry_id   uuid references contact_entry (id),
    occurred_at       timestamptz  not null,
    method            varchar(24)  not null,
    outcome           varchar(24)  not null,
    safety_planning   text,
    services          jsonb        not null default '[]',
    victim_risk_view  varchar(8),
    victim_risk_words text,
    consent_to_share  varchar(16),
    author_subject    varchar(255) not null,
    author_name       varchar(255) not null,
    author_agency     varchar(16),
    written_at        timestamptz  not null,
    corrected_at      timestamptz,
    version           bigint       not null default 0
);
create index contact_entry_referral on contact_entry (referral_id, occurred_at);

-- Each correction keeps what the entry said before it.
create table contact_entry_correction (
    id            uuid primary key,
    entry_id      uuid         not null references contact_entry (id),
    corrected_at  timestamptz  not null,
    corrected_by  varchar(255) not null,
    before        jsonb        not null
);
create index contact_entry_correction_entry on contact_entry_correction (entry_id);
