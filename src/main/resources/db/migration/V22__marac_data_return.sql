-- The MARAC data return to SafeLives (docs/reports.md): the victim's coded equality answers on each referral, each
-- agency's SafeLives source, the partnership's return settings, the national figures it is compared with, and the
-- view through which the report package reads the cases heard at MARAC meetings.

-- Asked in the referral's victim section (referral/Ethnicity, YesNoNotKnown); null where the referrer gave no coded
-- answer, which the return counts as "not collected". The free text on the person record is kept as it was.
alter table referral add column victim_ethnicity varchar(40);
alter table referral add column victim_disability varchar(12);
alter table referral add column victim_lgbtq varchar(12);

-- Where an agency's referrals count in the return (agency/SafeLivesSource). Existing agencies take the usual source
-- for their type; health agencies stay unset (counted as other) until an administrator chooses primary care,
-- secondary care or mental health.
alter table agency add column safelives_source varchar(30);
update agency set safelives_source = case agency_type
        when 'POLICE' then 'POLICE'
        when 'IDVA_SERVICE' then 'IDVA'
        when 'CHILDRENS_SERVICES' then 'CHILDRENS_SOCIAL_CARE'
        when 'ADULT_SOCIAL_CARE' then 'ADULT_SAFEGUARDING'
        when 'HOUSING' then 'HOUSING'
        when 'PROBATION' then 'PROBATION'
        when 'DRUG_AND_ALCOHOL' then 'SUBSTANCE_MISUSE'
        when 'EDUCATION' then 'EDUCATION'
        when 'REFUGE' then 'VOLUNTARY_SECTOR'
        when 'VICTIM_SUPPORT' then 'VOLUNTARY_SECTOR'
        when 'HEALTH' then null
        else 'OTHER' end;

-- One row: the MARAC's name as SafeLives knows it, and the area's adult female population (16 and over) for the
-- cases-per-10,000-women figure. An administrator sets both; the population starts unset.
create table marac_return_setting (
    id                      smallint     primary key check (id = 1),
    marac_name              varchar(160) not null,
    adult_female_population integer      check (adult_female_population > 0),
    version                 bigint       not null default 0,
    updated_at              timestamptz  not null,
    updated_by              varchar(255) not null
);
insert into marac_return_setting (id, marac_name, adult_female_population, updated_at, updated_by)
values (1, 'MARAC', null, now(), 'Roundtable');

-- One row: the national figures the one-page summary compares with, with the year they cover and their source.
-- Seeded with SafeLives' Marac national dataset for the 12 months to 30 September 2024; an administrator replaces
-- them when SafeLives publishes new ones.
create table marac_national_figure (
    id                          smallint     primary key check (id = 1),
    year_ending                 date         not null,
    source                      varchar(300) not null,
    cases_per_10k_women         numeric(6, 1) not null,
    recommended_cases_per_10k   numeric(6, 1) not null,
    repeat_percent              numeric(4, 1) not null,
    non_police_percent          numeric(4, 1) not null,
    racially_minoritised_percent numeric(4, 1) not null,
    lgbt_percent                numeric(4, 1) not null,
    disabled_percent            numeric(4, 1) not null,
    male_percent                numeric(4, 1) not null,
    aged_16_17_percent          numeric(4, 1) not null,
    version                     bigint       not null default 0,
    updated_at                  timestamptz  not null,
    updated_by                  varchar(255) not null
);
insert into marac_national_figure (id, year_ending, source, cases_per_10k_women, recommended_cases_per_10k, repeat_percent,
        non_police_percent, racially_minoritised_percent, lgbt_percent, disabled_percent, male_percent, aged_16_17_percent,
        updated_at, updated_by)
values (1, '2024-09-30', 'SafeLives Marac national dataset, UK: 276 Maracs, 119,985 cases', 47, 40, 31, 36.1, 14.1, 1.6, 10.1,
        6.4, 1.3, now(), 'Roundtable');

-- One row per case heard at a held MARAC meeting (an agenda item marked heard), with the facts the return counts.
-- A characteristic is null where it was not recorded, so that a meeting none of whose cases recorded it shows a
-- blank, not 0. Ages are at the referral's submission (Europe/London), from the date of birth, else the age given.
-- The person records are the ones linked now: after a merge, the surviving record's.
create view marac_return_case as
select m.id as meeting_id,
       i.referral_id,
       r.is_repeat as repeat,
       (select count(*) from referral_person c where c.referral_id = r.id and c.role = 'CHILD') as children,
       coalesce(a.safelives_source, 'OTHER') as source,
       case when r.victim_ethnicity is null or r.victim_ethnicity in ('NOT_KNOWN', 'PREFER_NOT_TO_SAY') then null
            when r.victim_ethnicity = 'WHITE_BRITISH' then 'WHITE_BRITISH'
            when r.victim_ethnicity like 'WHITE\_%' then 'OTHER_WHITE'
            else split_part(r.victim_ethnicity, '_', 1) end as ethnicity_column,
       case r.victim_disability when 'YES' then true when 'NO' then false end as disabled,
       case r.victim_lgbtq when 'YES' then true when 'NO' then false end as lgbtq,
       case lower(trim(v.sex)) when 'male' then true when 'female' then false end as male,
       case when v.date_of_birth is not null
            then extract(year from age((coalesce(r.submitted_at, r.created_at) at time zone 'Europe/London')::date, v.date_of_birth))::int
            else v.approximate_age end as victim_age,
       (select bool_or(case when p.date_of_birth is not null
                            then age((coalesce(r.submitted_at, r.created_at) at time zone 'Europe/London')::date, p.date_of_birth)
                                 < interval '18 years'
                            else p.approximate_age < 18 end)
        from referral_person l join person p on p.id = l.person_id
        where l.referral_id = r.id and l.role = 'PERPETRATOR'
          and (p.date_of_birth is not null or p.approximate_age is not null)) as perpetrator_under_18
from meeting m
join agenda_item i on i.meeting_id = m.id and i.status = 'HEARD'
join referral r on r.id = i.referral_id
left join agency a on upper(a.short_code) = upper(r.referring_agency_code)
left join person v on v.id = r.victim_person_id
where m.conference_kind_code = 'MARAC';
