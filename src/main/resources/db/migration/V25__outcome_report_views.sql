-- Read models of the outcomes reports (report/outcomes, docs/reports.md "Outcomes"). Reports only read.

-- A referral to the ASBRAC: counted in the London month of its submission whatever happened to it later (screened
-- out and withdrawn referrals were still received). Repeat: Roundtable's repeat flag as it stands now, which is
-- computed again whenever a person link changes (a merge), so the counts follow the merged record.
create view report_asbrac_referral as
select r.id, r.submitted_at, r.is_repeat as repeat
from referral r
where r.conference_kind_code = 'ASBRAC' and r.submitted_at is not null;

-- An advocate service case (IDVA for MARAC, ISVA for SARAC): who holds it now and since when, and its closure
-- outcomes while support is closed (reopened support has no closure, though closed_at stays on the entry).
create view report_advocate_case as
select e.referral_id, e.conference_kind_code, e.advocate_subject, e.advocate_name, e.allocated_at,
       case when e.support = 'CLOSED' then e.closed_at end as closed_at,
       case when e.support = 'CLOSED' then e.outcome_physical end as outcome_physical,
       case when e.support = 'CLOSED' then e.outcome_sexual end as outcome_sexual,
       case when e.support = 'CLOSED' then e.outcome_harassment end as outcome_harassment,
       case when e.support = 'CLOSED' then e.outcome_controlling end as outcome_controlling,
       case when e.support = 'CLOSED' then e.feels_safer end as feels_safer
from caseload_entry e;
