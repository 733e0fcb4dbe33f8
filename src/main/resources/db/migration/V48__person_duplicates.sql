-- Possible duplicates of the people on cases, found when they are recorded (and by a catch-up job), so that viewing a
-- case runs no matching (issue 18). A row is one earlier person who may be the same, as the matcher scored them when
-- checked; the check row says when a person was last checked, so the catch-up job finds those never checked.
create table person_duplicate_check (
    person_id  uuid primary key references person (id) on delete cascade,
    checked_at timestamptz not null
);

create table person_duplicate (
    person_id      uuid not null references person (id) on delete cascade,
    candidate_id   uuid not null references person (id) on delete cascade,
    candidate_name varchar(250) not null,
    candidate_dob  date,
    weight         double precision not null,
    probability    double precision not null,
    reasons        text not null,
    primary key (person_id, candidate_id)
);

create index person_duplicate_candidate on person_duplicate (candidate_id);
