-- retention/: how long each conference keeps a person's data, as data: by default six years after the last of the
-- person's cases closed (closed, screened out or withdrawn). A daily job lists the cases that are due; a coordinator
-- of the kind confirms each, which deletes the personal data (names, contact details, free text, answers, notes) and
-- keeps the rows, links, coded answers and dates that the reports count. Audit rows are never changed.
create table retention_period (
    conference_kind_code varchar(16)  primary key references conference_kind (code),
    years                integer      not null check (years between 1 and 100),
    counted_from         varchar(40)  not null default 'LAST_CASE_CLOSED' check (counted_from in ('LAST_CASE_CLOSED')),
    updated_at           timestamptz  not null,
    updated_by           varchar(255) not null,
    version              bigint       not null default 0
);
insert into retention_period (conference_kind_code, years, updated_at, updated_by)
select code, 6, now(), 'Roundtable' from conference_kind;

-- The cases the daily job found due, for a coordinator to confirm; a row stays once its case is deleted.
create table retention_due (
    referral_id          uuid         primary key references referral (id),
    conference_kind_code varchar(16)  not null references conference_kind (code),
    closed_on            date         not null,
    due_on               date         not null,
    listed_at            timestamptz  not null,
    erased_at            timestamptz,
    erased_by            varchar(255)
);
create index retention_due_open on retention_due (conference_kind_code, due_on) where erased_at is null;

alter table person add column erased_at timestamptz;
alter table referral add column erased_at timestamptz;
