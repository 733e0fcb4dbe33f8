-- A guest agency (not a member of the conference) invited to one meeting for named cases only: it sees those
-- cases, shares what it holds about them and receives their part of the minutes, and nothing else.
create table meeting_guest (
    meeting_id  uuid         not null references meeting (id),
    agency_code varchar(16)  not null,
    referral_id uuid         not null references referral (id),
    invited_at  timestamptz  not null,
    invited_by  varchar(255) not null,
    primary key (meeting_id, agency_code, referral_id)
);
create index meeting_guest_agency on meeting_guest (agency_code);
