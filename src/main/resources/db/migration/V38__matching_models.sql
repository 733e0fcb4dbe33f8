-- Matching models (issue 14): each estimate of the m and u probabilities of every comparison level is a new version;
-- the old ones are kept. Lookups use the newest (the highest id). A job row shows the progress of an estimate running
-- in the background, whichever replica runs it.
create table matching_model (
    id bigint generated always as identity primary key,
    created_at timestamptz not null default now(),
    created_by varchar(200) not null,
    -- how the values were found: 'hand-set', 'estimated' (EM over the people in the database), 'restored' (an older
    -- version's values used again) or 'loaded' (from a file, by bench/match-eval)
    method varchar(20) not null check (method in ('hand-set', 'estimated', 'restored', 'loaded')),
    description varchar(500) not null,
    people bigint not null default 0,
    identities bigint not null default 0,
    blocked_pairs bigint not null default 0,
    random_pairs bigint not null default 0,
    rounds integer not null default 0,
    match_share double precision
);

create table matching_model_level (
    model_id bigint not null references matching_model (id),
    level varchar(40) not null,
    m double precision not null check (m > 0 and m <= 1),
    u double precision not null check (u > 0 and u <= 1),
    primary key (model_id, level)
);

create table matching_model_job (
    id bigint generated always as identity primary key,
    state varchar(10) not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    started_at timestamptz not null default now(),
    started_by varchar(200) not null,
    finished_at timestamptz,
    percent_done integer not null default 0 check (percent_done between 0 and 100),
    model_id bigint references matching_model (id),
    error varchar(500)
);

-- Version 1: the defaults set by hand (docs/matching.md), in the range Splink estimates for UK person data.
insert into matching_model (created_by, method, description)
values ('Roundtable', 'hand-set', 'Defaults set by hand, in the range Splink estimates for UK person data');
insert into matching_model_level (model_id, level, m, u) values
    (1, 'first.exact', 0.7, 0.01),
    (1, 'first.close', 0.15, 0.003),
    (1, 'first.similar', 0.08, 0.02),
    (1, 'first.other', 0.07, 0.97),
    (1, 'last.exact', 0.7, 0.005),
    (1, 'last.close', 0.15, 0.002),
    (1, 'last.similar', 0.08, 0.01),
    (1, 'last.other', 0.07, 0.985),
    (1, 'dob.exact', 0.65, 0.0002),
    (1, 'dob.slip', 0.12, 0.0015),
    (1, 'dob.year', 0.1, 0.03),
    (1, 'dob.decade', 0.03, 0.3),
    (1, 'dob.other', 0.03, 0.67),
    (1, 'email.exact', 0.75, 0.0001),
    (1, 'email.close', 0.15, 0.0005),
    (1, 'email.other', 0.1, 0.9994),
    (1, 'phone.exact', 0.7, 0.0001),
    (1, 'phone.other', 0.3, 0.9999),
    (1, 'postcode.exact', 0.7, 0.001),
    (1, 'postcode.other', 0.3, 0.999),
    (1, 'town.exact', 0.75, 0.1),
    (1, 'town.close', 0.12, 0.01),
    (1, 'town.other', 0.13, 0.89);
