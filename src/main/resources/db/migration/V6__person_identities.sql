-- Fuzzy matching happens in the database: trigram similarity and name sounds (double metaphone).
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- Every identity a person was recorded under: each linked record's names, aliases, date of birth, contact and
-- address. Candidate lookups compare a new entry against all of them, so a person found once under a misspelt
-- name is found again under it.
create table person_identity (
    id           bigint generated always as identity primary key,
    person_id    uuid         not null references person (id),
    source       varchar(24)  not null,
    first_name   varchar(120),
    last_name    varchar(120),
    first_norm   varchar(120),
    last_norm    varchar(120),
    first_sound  varchar(8),
    last_sound   varchar(8),
    date_of_birth date,
    birth_year   integer,
    email        varchar(320),
    phone        varchar(40),
    postcode     varchar(12),
    town_norm    varchar(120),
    recorded_at  timestamptz  not null
);

create index person_identity_person on person_identity (person_id);
create index person_identity_dob on person_identity (date_of_birth);
create index person_identity_sounds on person_identity (last_sound, first_sound, birth_year);
create index person_identity_last_trgm on person_identity using gin (last_norm gin_trgm_ops);
create index person_identity_first on person_identity (first_norm);
create index person_identity_last on person_identity (last_norm);
create index person_identity_email on person_identity (email);
create index person_identity_phone on person_identity (phone);
create index person_identity_postcode on person_identity (postcode, first_sound);

-- The people recorded before identities existed keep theirs.
insert into person_identity (person_id, source, first_name, last_name, first_norm, last_norm, first_sound, last_sound,
                             date_of_birth, birth_year, email, phone, postcode, town_norm, recorded_at)
select id, 'record', first_name, last_name,
       lower(regexp_replace(first_name, '[^[:alnum:]]', '', 'g')), lower(regexp_replace(last_name, '[^[:alnum:]]', '', 'g')),
       dmetaphone(lower(regexp_replace(first_name, '[^[:alnum:]]', '', 'g'))),
       dmetaphone(lower(regexp_replace(last_name, '[^[:alnum:]]', '', 'g'))),
       date_of_birth, extract(year from date_of_birth)::integer, lower(safe_email),
       nullif(regexp_replace(coalesce(safe_phone, ''), '[^0-9]', '', 'g'), ''),
       replace(upper(postcode), ' ', ''), lower(regexp_replace(town, '[^[:alnum:]]', '', 'g')), created_at
from person;

-- How sure Roundtable must be before it shows a candidate: the match probability from the Fellegi-Sunter match
-- weight and a prior of one true person among all recorded people.
create table matching_setting (
    id                        integer primary key check (id = 1),
    candidate_min_probability numeric(4, 3) not null check (candidate_min_probability > 0 and candidate_min_probability < 1),
    version              bigint        not null default 0,
    updated_at           timestamptz   not null,
    updated_by           varchar(255)  not null
);
insert into matching_setting (id, candidate_min_probability, updated_at, updated_by) values (1, 0.9, now(), 'Roundtable');

-- How common the commonest names are in the UK population (approximate shares, rounded, from ONS surname and
-- forename counts). Until a database holds enough people for its own counts to say so, an exact match on
-- "John Smith" must not weigh like an exact match on a rare name.
create table name_frequency (
    name_part varchar(5)    not null check (name_part in ('FIRST', 'LAST')),
    name_norm varchar(120)  not null,
    frequency numeric(7, 5) not null,
    primary key (name_part, name_norm)
);
insert into name_frequency (name_part, name_norm, frequency) values
    ('LAST', 'smith', 0.0126), ('LAST', 'jones', 0.0097), ('LAST', 'williams', 0.0066), ('LAST', 'taylor', 0.0052),
    ('LAST', 'brown', 0.0052), ('LAST', 'davies', 0.0047), ('LAST', 'evans', 0.0038), ('LAST', 'wilson', 0.0036),
    ('LAST', 'thomas', 0.0035), ('LAST', 'johnson', 0.0033), ('LAST', 'roberts', 0.0032), ('LAST', 'robinson', 0.0027),
    ('LAST', 'thompson', 0.0027), ('LAST', 'wright', 0.0027), ('LAST', 'walker', 0.0025), ('LAST', 'white', 0.0024),
    ('LAST', 'edwards', 0.0024), ('LAST', 'hughes', 0.0023), ('LAST', 'green', 0.0023), ('LAST', 'hall', 0.0023),
    ('LAST', 'lewis', 0.0022), ('LAST', 'harris', 0.0022), ('LAST', 'clarke', 0.0021), ('LAST', 'patel', 0.0021),
    ('LAST', 'jackson', 0.0020), ('LAST', 'wood', 0.0019), ('LAST', 'turner', 0.0018), ('LAST', 'martin', 0.0018),
    ('LAST', 'cooper', 0.0018), ('LAST', 'hill', 0.0018), ('LAST', 'ward', 0.0017), ('LAST', 'morris', 0.0017),
    ('LAST', 'moore', 0.0016), ('LAST', 'clark', 0.0016), ('LAST', 'lee', 0.0016), ('LAST', 'king', 0.0016),
    ('LAST', 'baker', 0.0016), ('LAST', 'harrison', 0.0015), ('LAST', 'morgan', 0.0015), ('LAST', 'allen', 0.0015),
    ('LAST', 'khan', 0.0015), ('LAST', 'ali', 0.0014), ('LAST', 'murphy', 0.0012), ('LAST', 'kelly', 0.0012),
    ('FIRST', 'john', 0.0150), ('FIRST', 'david', 0.0150), ('FIRST', 'james', 0.0100), ('FIRST', 'michael', 0.0100),
    ('FIRST', 'paul', 0.0080), ('FIRST', 'andrew', 0.0080), ('FIRST', 'peter', 0.0070), ('FIRST', 'robert', 0.0070),
    ('FIRST', 'mark', 0.0070), ('FIRST', 'sarah', 0.0070), ('FIRST', 'richard', 0.0060), ('FIRST', 'stephen', 0.0060),
    ('FIRST', 'susan', 0.0060), ('FIRST', 'mary', 0.0050), ('FIRST', 'margaret', 0.0050), ('FIRST', 'elizabeth', 0.0050),
    ('FIRST', 'christopher', 0.0050), ('FIRST', 'william', 0.0050), ('FIRST', 'thomas', 0.0040), ('FIRST', 'daniel', 0.0040),
    ('FIRST', 'matthew', 0.0040), ('FIRST', 'emma', 0.0040), ('FIRST', 'claire', 0.0040), ('FIRST', 'karen', 0.0040),
    ('FIRST', 'julie', 0.0040), ('FIRST', 'helen', 0.0040), ('FIRST', 'lisa', 0.0030), ('FIRST', 'jane', 0.0030),
    ('FIRST', 'patricia', 0.0030), ('FIRST', 'jennifer', 0.0030), ('FIRST', 'emily', 0.0030), ('FIRST', 'jessica', 0.0030),
    ('FIRST', 'mohammed', 0.0030), ('FIRST', 'muhammad', 0.0020), ('FIRST', 'oliver', 0.0030), ('FIRST', 'jack', 0.0030),
    ('FIRST', 'olivia', 0.0020), ('FIRST', 'amelia', 0.0020), ('FIRST', 'george', 0.0030), ('FIRST', 'charlotte', 0.0020);
