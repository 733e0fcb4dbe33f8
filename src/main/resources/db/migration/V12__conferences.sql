-- Conferences: meetings and their agendas, what each agency shares before a meeting, the chair's record of the
-- meeting, the actions it sets, and minutes that are frozen once approved (later corrections are amendments).

alter table conference_setting add column agenda_cap integer not null default 16;
alter table referral add column review_due_on date;

create table meeting (
    id                 uuid primary key,
    conference_kind_code varchar(16) not null references conference_kind (code),
    series_id          uuid,
    starts_at          timestamptz  not null,
    venue              varchar(300),
    video_link         varchar(500),
    chair_subject      varchar(255) not null,
    chair_name         varchar(255) not null,
    status             varchar(20)  not null,
    confidentiality_statement text  not null,
    created_at         timestamptz  not null,
    created_by         varchar(255) not null,
    published_at       timestamptz,
    started_at         timestamptz,
    ended_at           timestamptz,
    approved_at        timestamptz,
    approved_by        varchar(255),
    version            bigint       not null default 0
);
create index meeting_kind_starts on meeting (conference_kind_code, starts_at);

create table agenda_item (
    id              uuid primary key,
    meeting_id      uuid         not null references meeting (id),
    referral_id     uuid         not null references referral (id),
    position        integer      not null,
    status          varchar(20)  not null,
    came_from       varchar(20)  not null,
    defer_reason    text,
    notes           text,
    notes_version   bigint       not null default 0,
    notes_by        varchar(255),
    decision        varchar(30),
    decision_reason text,
    next_review_on  date,
    minutes_spent   integer,
    heard_at        timestamptz,
    version         bigint       not null default 0,
    unique (meeting_id, referral_id)
);
create index agenda_item_referral on agenda_item (referral_id);

-- A save of case notes that lost to another person's save: both versions are kept.
create table agenda_item_notes_conflict (
    id             uuid primary key,
    agenda_item_id uuid         not null references agenda_item (id),
    notes          text         not null,
    saved_by       varchar(255) not null,
    saved_at       timestamptz  not null,
    against_version bigint      not null
);

create table meeting_attendee (
    id            uuid primary key,
    meeting_id    uuid         not null references meeting (id),
    agency_code   varchar(16)  not null,
    name          varchar(255) not null,
    acknowledged_at timestamptz,
    added_at      timestamptz  not null
);

create table meeting_apology (
    meeting_id  uuid        not null references meeting (id),
    agency_code varchar(16) not null,
    note        text,
    primary key (meeting_id, agency_code)
);

create table case_research (
    id               uuid primary key,
    agenda_item_id   uuid         not null references agenda_item (id),
    agency_code      varchar(16)  not null,
    known            boolean      not null,
    summary          text,
    involvement      text,
    risks            text,
    children_details text,
    updated_by       varchar(255) not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    unique (agenda_item_id, agency_code)
);

create table action (
    id                 uuid primary key,
    referral_id        uuid         not null references referral (id),
    meeting_id         uuid         not null references meeting (id),
    owner_agency_code  varchar(16)  not null,
    description        text         not null,
    due_on             date         not null,
    status             varchar(20)  not null,
    not_done_category  varchar(30),
    not_done_reason    text,
    created_at         timestamptz  not null,
    created_by         varchar(255) not null,
    version            bigint       not null default 0
);
create index action_referral on action (referral_id);
create index action_owner on action (owner_agency_code, status);

-- Dated updates to an action: appended, never changed.
create table action_update (
    id          uuid primary key,
    action_id   uuid         not null references action (id),
    at          timestamptz  not null,
    by_name     varchar(255) not null,
    agency_code varchar(16),
    status      varchar(20)  not null,
    category    varchar(30),
    note        text,
    meeting_id  uuid references meeting (id)
);
create index action_update_action on action_update (action_id, at);

create table minutes_amendment (
    id         uuid primary key,
    meeting_id uuid         not null references meeting (id),
    at         timestamptz  not null,
    by_name    varchar(255) not null,
    text       text         not null
);
