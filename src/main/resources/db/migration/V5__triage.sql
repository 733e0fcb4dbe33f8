-- A checklist is either the one a conference kind scores its referrals on, or a police call-handling triage script.
alter table checklist_version add column purpose varchar(16) not null default 'REFERRAL';
alter table checklist_version add constraint checklist_version_purpose check (purpose in ('REFERRAL', 'TRIAGE'));

-- The default triage scripts of domain.md. Wording, weights, bands, routes, which answers flag a vulnerable caller
-- and which referral checklist answers each one pre-fills are data that a partnership edits, like any checklist.
insert into checklist_version (id, checklist_code, conference_kind_code, version, name, definition, published_at, published_by,
                               change_note, purpose)
values ('6f1f4b8e-2f0a-4c55-9d7e-0a1d2c3b4a11', 'TRIAGE_DA', 'MARAC', 1, 'Call-handling triage: domestic abuse', '{
  "scoring": "POINTS",
  "questions": [
    {"id": "injured", "section": "Domestic abuse", "text": "Is the caller injured now?", "kind": "YES_NO_UNKNOWN", "yesPoints": 1},
    {"id": "frightened", "section": "Domestic abuse", "text": "Is the caller very frightened?", "kind": "YES_NO_UNKNOWN", "yesPoints": 1},
    {"id": "threats-to-kill", "section": "Domestic abuse", "text": "Has the abuser threatened to kill the caller or someone else?", "kind": "YES_NO_UNKNOWN", "yesPoints": 1},
    {"id": "strangle", "section": "Domestic abuse", "text": "Has the abuser ever tried to strangle, choke or suffocate the caller?", "kind": "YES_NO_UNKNOWN", "yesPoints": 1},
    {"id": "worse", "section": "Domestic abuse", "text": "Is the abuse getting worse or happening more often?", "kind": "YES_NO_UNKNOWN", "yesPoints": 1},
    {"id": "separated", "section": "Domestic abuse", "text": "Has the caller separated, or tried to separate, from the abuser?", "kind": "YES_NO_UNKNOWN", "yesPoints": 1},
    {"id": "pregnant", "section": "Domestic abuse", "text": "Is the caller pregnant, or do they have a baby under 18 months?", "kind": "YES_NO_UNKNOWN", "yesPoints": 1},
    {"id": "weapons", "section": "Domestic abuse", "text": "Has the abuser used weapons or objects to hurt the caller?", "kind": "YES_NO_UNKNOWN", "yesPoints": 1}
  ],
  "bands": [{"band": "STANDARD", "from": 0}, {"band": "MEDIUM", "from": 1}, {"band": "HIGH", "from": 3}],
  "minimumBandRules": [
    {"allYes": ["threats-to-kill"], "band": "HIGH", "explanation": "Threats to kill: high whatever the total"},
    {"allYes": ["strangle"], "band": "HIGH", "explanation": "Strangling, choking or suffocating: high whatever the total"}
  ],
  "routes": [
    {"band": "HIGH", "text": "Attend and complete the full DASH; likely MARAC"},
    {"band": "MEDIUM", "text": "Officer completes the DASH; IDVA service informed"},
    {"band": "STANDARD", "text": "Record and signpost to local domestic abuse services"}
  ],
  "vulnerabilityQuestions": ["pregnant"],
  "prefill": {"injured": ["injury"], "frightened": ["frightened"], "threats-to-kill": ["threats-to-kill"], "strangle": ["strangle"],
              "worse": ["getting-worse", "more-often"], "separated": ["separated"], "pregnant": ["pregnant"], "weapons": ["weapons"]}
}', now(), 'Roundtable', 'The default script of the partnership plan', 'TRIAGE'),
('6f1f4b8e-2f0a-4c55-9d7e-0a1d2c3b4a12', 'TRIAGE_ASB', 'ASBRAC', 1, 'Call-handling triage: anti-social behaviour', '{
  "scoring": "POINTS",
  "questions": [
    {"id": "reported-before", "section": "Persistence", "text": "Has the caller reported anti-social behaviour before?", "kind": "YES_NO", "yesPoints": 2},
    {"id": "incidents-3-months", "section": "Persistence", "text": "How many incidents have there been in the last 3 months?", "kind": "CHOICE",
     "choices": [{"value": "0-2", "label": "0 to 2", "points": 0}, {"value": "3-5", "label": "3 to 5", "points": 2}, {"value": "6+", "label": "6 or more", "points": 4}]},
    {"id": "targeted", "section": "Harm", "text": "Is it targeted at the caller or their family personally?", "kind": "YES_NO", "yesPoints": 2},
    {"id": "hate", "section": "Harm", "text": "Is it motivated by hostility to race, religion, disability, sexual orientation or gender identity?", "kind": "YES_NO", "yesPoints": 3},
    {"id": "threats", "section": "Harm", "text": "Have there been threats or violence against the caller?", "kind": "YES_NO", "yesPoints": 3},
    {"id": "disability-mental-health", "section": "Vulnerability", "text": "Does the caller have a disability, a long-term illness or a mental health condition?", "kind": "YES_NO", "yesPoints": 2},
    {"id": "health-sleep", "section": "Impact", "text": "Is it affecting the caller''s health or sleep?", "kind": "YES_NO", "yesPoints": 2},
    {"id": "afraid-home", "section": "Impact", "text": "Is the caller afraid to leave home, or staying away from it?", "kind": "YES_NO", "yesPoints": 2}
  ],
  "bands": [{"band": "STANDARD", "from": 0}, {"band": "MEDIUM", "from": 10}, {"band": "HIGH", "from": 18}],
  "minimumBandRules": [
    {"allYes": ["hate", "threats"], "band": "MEDIUM", "explanation": "Hate-motivated with threats or violence: at least medium"}
  ],
  "routes": [
    {"band": "HIGH", "text": "Refer to the ASBRAC"},
    {"band": "MEDIUM", "text": "Refer to the ASB caseworker and Victim Support"},
    {"band": "STANDARD", "text": "Signpost"}
  ],
  "vulnerabilityQuestions": ["disability-mental-health"],
  "prefill": {"reported-before": ["reported-before"], "incidents-3-months": ["incidents-3-months"], "targeted": ["targeted"],
              "hate": ["hate"], "threats": ["threats"], "disability-mental-health": ["disability", "mental-health"],
              "health-sleep": ["health-sleep"], "afraid-home": ["afraid-home"]}
}', now(), 'Roundtable', 'The default script of the partnership plan', 'TRIAGE');

-- Calls are numbered for the call log; a number is taken when the call starts, so every number is a real call.
create sequence triage_call_number;

-- One police call taken through the triage script, logged from first contact so that repeat callers are recognised.
create table triage_call (
    id                     uuid primary key,
    reference              varchar(24)  not null unique,
    agency_code            varchar(16)  not null,
    handler_subject        varchar(255) not null,
    handler_name           varchar(255) not null,
    started_at             timestamptz  not null,
    ended_at               timestamptz,
    outcome                varchar(16)  not null check (outcome in ('IN_PROGRESS', 'ESCALATED', 'COMPLETED')),
    immediate_danger       boolean,
    caller_first_name      varchar(120),
    caller_last_name       varchar(120),
    caller_match_name      varchar(255),
    caller_date_of_birth   date,
    caller_phone           varchar(40),
    domestic               boolean,
    checklist_version_id   uuid references checklist_version (id),
    answers                jsonb        not null default '{}',
    total                  integer,
    band                   varchar(16),
    route                  text,
    vulnerable             boolean      not null default false,
    earlier_calls          integer      not null default 0,
    earlier_vulnerable     boolean      not null default false,
    known_to               varchar(64),
    referral_id            uuid references referral (id),
    version                bigint       not null default 0
);

create index triage_call_caller on triage_call (caller_match_name, caller_date_of_birth);
create index triage_call_handler on triage_call (handler_subject, started_at desc);
