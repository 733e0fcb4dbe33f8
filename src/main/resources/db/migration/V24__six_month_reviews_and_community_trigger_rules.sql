-- Two small features of the ASBRAC's outcomes (docs/reports.md, "Outcomes"), each writing only its own table.

-- review/: six months after an ASBRAC case is first heard, its coordinator answers two questions about it.
create table six_month_review (
    referral_id          uuid primary key references referral (id),
    further_incidents    boolean      not null,
    closed_risk_reduced  boolean      not null,
    recorded_at          timestamptz  not null,
    recorded_by_subject  varchar(255) not null,
    recorded_by_name     varchar(255) not null,
    version              bigint       not null default 0
);

-- When each ASBRAC case was first heard and when its six-month review falls due (London dates; 31 August plus six
-- months is the last day of February, as Java's plusMonths counts it), with the answers once recorded. The review
-- feature's read model: its due list and the outcomes report read it, so "heard" and "due" are defined once.
create view six_month_review_schedule as
select r.id as referral_id, r.reference, r.state, h.heard_on, (h.heard_on + interval '6 months')::date as due_on,
       v.further_incidents, v.closed_risk_reduced, v.recorded_at
from referral r
join (select referral_id, min((occurred_at at time zone 'Europe/London')::date) as heard_on
      from referral_transition where to_state = 'HEARD' group by referral_id) h on h.referral_id = r.id
left join six_month_review v on v.referral_id = r.id
where r.conference_kind_code = 'ASBRAC';

-- trigger/: which Community Trigger (ASB case review) rules the partnership uses. One deployment serves one
-- partnership, so one row. The three-complaints rule keeps its numbers in conference_setting (ASBRAC) and is on, as
-- before; the two rules added here start off until the partnership switches them on.
create table community_trigger_setting (
    id                     smallint     primary key check (id = 1),
    complaints_rule        boolean      not null,
    same_problem_rule      boolean      not null,
    same_problem_reporters integer      not null check (same_problem_reporters between 2 and 50),
    same_problem_months    integer      not null check (same_problem_months between 1 and 60),
    hate_incident_rule     boolean      not null,
    version                bigint       not null default 0,
    updated_at             timestamptz  not null,
    updated_by             varchar(255) not null
);
insert into community_trigger_setting (id, complaints_rule, same_problem_rule, same_problem_reporters, same_problem_months,
    hate_incident_rule, updated_at, updated_by)
values (1, true, false, 5, 6, false, now(), 'Roundtable');

-- Each submitted ASBRAC referral with each switched-on rule it met when it was submitted, looking back from its
-- submission (Europe/London months), with the evidence: complaints counted, people reporting, or 1 hate incident.
--   COMPLAINTS: the victim's ASBRAC referrals in the period up to and including this one reach the number set.
--   SAME_PROBLEM: an alleged perpetrator of this referral is named in ASBRAC referrals from at least the number set
--     of different victims (people reporting) in the period up to and including this one; the same problem is the
--     same person causing it, the only "problem" Roundtable records as data.
--   HATE_INCIDENT: the ASB matrix answer "hate" (motivated by hostility to race, religion, disability, sexual
--     orientation or gender identity) is yes.
-- No CTE over referral: a CTE used three times is materialised and would stop a filter on referral_id or
-- submitted_at reaching the referral index.
create view community_trigger_met as
select a.id as referral_id, a.submitted_at, 'COMPLAINTS'::varchar(20) as rule, complaints.n as evidence
from referral a
join community_trigger_setting t on t.id = 1 and t.complaints_rule
join conference_setting c on c.conference_kind_code = 'ASBRAC'
cross join lateral (
    select count(*) as n from referral o
    where o.victim_person_id = a.victim_person_id and o.conference_kind_code = 'ASBRAC' and o.submitted_at is not null
      and o.submitted_at > ((a.submitted_at at time zone 'Europe/London') - make_interval(months => c.community_trigger_months))
          at time zone 'Europe/London'
      and o.submitted_at <= a.submitted_at) complaints
where a.conference_kind_code = 'ASBRAC' and a.submitted_at is not null and a.victim_person_id is not null
  and complaints.n >= c.community_trigger_complaints
union all
select a.id, a.submitted_at, 'SAME_PROBLEM'::varchar(20), reporters.n
from referral a
join community_trigger_setting t on t.id = 1 and t.same_problem_rule
cross join lateral (
    select max(per_perpetrator.n) as n from (
        select count(distinct o.victim_person_id) as n
        from referral_person mine
        join referral_person theirs on theirs.person_id = mine.person_id and theirs.role = 'PERPETRATOR'
        join referral o on o.id = theirs.referral_id
        where mine.referral_id = a.id and mine.role = 'PERPETRATOR'
          and o.conference_kind_code = 'ASBRAC' and o.submitted_at is not null and o.victim_person_id is not null
          and o.submitted_at > ((a.submitted_at at time zone 'Europe/London') - make_interval(months => t.same_problem_months))
              at time zone 'Europe/London'
          and o.submitted_at <= a.submitted_at
        group by mine.person_id) per_perpetrator) reporters
where a.conference_kind_code = 'ASBRAC' and a.submitted_at is not null and reporters.n >= t.same_problem_reporters
union all
select a.id, a.submitted_at, 'HATE_INCIDENT'::varchar(20), 1
from referral a
join community_trigger_setting t on t.id = 1 and t.hate_incident_rule
where a.conference_kind_code = 'ASBRAC' and a.submitted_at is not null and a.answers ->> 'hate' = 'YES';
