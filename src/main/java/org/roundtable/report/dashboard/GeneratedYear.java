package org.roundtable.report.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.web.Clocks;

/**
 * A generated year of conference work for the benchmark (bench/report-year) and the demo ({@code --demo}): MARAC
 * referrals, plus ASBRAC and SARAC at a fifth and a tenth of that, with their victims, alleged perpetrators and
 * children, screening, meetings of about 15 cases, agendas, hearings and reviews, actions, the advocates' caseloads
 * and contact logs; the 365 days up to today. Written in PostgreSQL by SQL over generate_series, so 150,000 referrals
 * take minutes, not hours. Never called by the application itself: only by the {@code report-year} command, which
 * refuses to run twice on one database. Rows carry the author "report-year" and references "GEN-...".
 */
@ApplicationScoped
public class GeneratedYear {

    static final String AUTHOR = "report-year";

    /** The demo's agency codes (so generated cases land on the demo's agencies), added when the database has none. */
    private static final List<String[]> AGENCIES = List.of(
            new String[] { "POLICE", "Bedfordshire Police", "POLICE" },
            new String[] { "ASBTEAM", "Central Bedfordshire Council ASB Team", "COUNCIL_ASB_TEAM" },
            new String[] { "IDVA", "Bedfordshire IDVA Service", "IDVA_SERVICE" },
            new String[] { "ISVA", "Bedfordshire ISVA Service", "ISVA_SERVICE" },
            new String[] { "CSC", "Central Bedfordshire Children's Services", "CHILDRENS_SERVICES" },
            new String[] { "HOUSING", "Aragon Housing Association", "HOUSING" },
            new String[] { "PROBATION", "Probation Service, Bedfordshire", "PROBATION" },
            new String[] { "HEALTH", "Bedfordshire Hospitals NHS Foundation Trust", "HEALTH" },
            new String[] { "VICTIMSUP", "Victim Support Bedfordshire", "VICTIM_SUPPORT" },
            new String[] { "DRUGALC", "Path to Recovery Drug and Alcohol Service", "DRUG_AND_ALCOHOL" });

    /** What was written, counted afterwards. */
    public record Filled(long referrals, long people, long meetings, long agendaItems, long actions, long contacts, long seconds) {
        public String report() {
            return "referrals=" + referrals + " people=" + people + " meetings=" + meetings + " agenda_items=" + agendaItems
                    + " actions=" + actions + " contacts=" + contacts + " fill_seconds=" + seconds;
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    java.time.Clock clock;

    @Inject
    javax.sql.DataSource dataSource;

    public boolean alreadyGenerated() {
        return !entityManager.createNativeQuery("select 1 from referral where author_subject = :author limit 1")
                .setParameter("author", AUTHOR).getResultList().isEmpty();
    }

    /** The period the generated year covers: the 365 days up to yesterday. */
    public LocalDate[] days() {
        LocalDate today = Clocks.today(clock);
        return new LocalDate[] { today.minusDays(365), today.minusDays(1) };
    }

    @Transactional
    public Filled fill(int maracReferrals) {
        long started = System.nanoTime();
        Instant start = days()[0].atStartOfDay(Clocks.LONDON).toInstant();
        entityManager.createNativeQuery("select setseed(0.42)").getSingleResult();
        for (String[] agency : AGENCIES) {
            entityManager.createNativeQuery("""
                    insert into agency (id, name, short_code, agency_type, active, version, created_at, updated_at)
                    select gen_random_uuid(), :name, :code, :type, true, 0, now(), now()
                    where not exists (select 1 from agency where upper(short_code) = :code)""")
                    .setParameter("name", agency[1]).setParameter("code", agency[0]).setParameter("type", agency[2]).executeUpdate();
        }
        run("""
                insert into agency_conference_kind (agency_id, conference_kind_code)
                select a.id, k.code from agency a join (values
                    ('POLICE', 'MARAC'), ('POLICE', 'ASBRAC'), ('POLICE', 'SARAC'), ('ASBTEAM', 'ASBRAC'), ('IDVA', 'MARAC'),
                    ('ISVA', 'SARAC'), ('CSC', 'MARAC'), ('CSC', 'ASBRAC'), ('CSC', 'SARAC'), ('HOUSING', 'MARAC'), ('HOUSING', 'ASBRAC'),
                    ('PROBATION', 'MARAC'), ('PROBATION', 'SARAC'), ('HEALTH', 'MARAC'), ('HEALTH', 'ASBRAC'), ('HEALTH', 'SARAC'),
                    ('VICTIMSUP', 'ASBRAC'), ('DRUGALC', 'MARAC')) as k(agency, code) on upper(a.short_code) = k.agency
                on conflict do nothing""");
        entityManager.createNativeQuery("""
                create temporary table gen_case on commit drop as
                with drawn as (
                    select k.kind, cast(:start as timestamptz) + random() * 365 * interval '1 day' as submitted_at
                    from (values ('MARAC', 1.0), ('ASBRAC', 0.2), ('SARAC', 0.1)) as k(kind, share)
                    cross join lateral generate_series(1, greatest(1, round(cast(:marac as int) * k.share)::int)) as n),
                numbered as (
                    select kind, submitted_at, row_number() over (partition by kind order by submitted_at) as n,
                           count(*) over (partition by kind) as total from drawn),
                planned as (
                    select numbered.*, greatest(12, ceil(total * 1.15 / 14))::int as meetings from numbered)
                select gen_random_uuid() as id, gen_random_uuid() as victim_id, kind, n, submitted_at, meetings,
                       365.0 / meetings as meeting_every,
                       ceil(extract(epoch from submitted_at + interval '7 days' - cast(:start as timestamptz)) / 86400 / (365.0 / meetings) - 0.5)::int as meeting,
                       random() as r_outcome, random() as r_agency, random() as r_repeat, random() as r_children,
                       random() as r_review, random() as r_perpetrator, random() as r_close
                from planned""").setParameter("start", start).setParameter("marac", maracReferrals).executeUpdate();
        run("""
                alter table gen_case add column agency varchar(16), add column state varchar(20), add column heard boolean,
                    add column reviewed boolean, add column repeat_of uuid, add column repeat_day date""");
        run("""
                update gen_case set
                    agency = case kind
                        when 'MARAC' then case when r_agency < 0.64 then 'POLICE' when r_agency < 0.76 then 'IDVA' when r_agency < 0.82 then 'CSC'
                                               when r_agency < 0.88 then 'HEALTH' when r_agency < 0.93 then 'HOUSING'
                                               when r_agency < 0.97 then 'PROBATION' else 'DRUGALC' end
                        when 'ASBRAC' then case when r_agency < 0.4 then 'POLICE' when r_agency < 0.7 then 'ASBTEAM'
                                                when r_agency < 0.9 then 'HOUSING' else 'VICTIMSUP' end
                        else case when r_agency < 0.5 then 'POLICE' when r_agency < 0.8 then 'ISVA' else 'HEALTH' end end,
                    heard = r_outcome >= 0.10 and meeting < meetings,
                    reviewed = r_outcome >= 0.10 and meeting + 2 < meetings and r_review < 0.3""");
        run("""
                update gen_case set state = case when r_outcome < 0.08 then 'SCREENED_OUT' when r_outcome < 0.10 then 'WITHDRAWN'
                                                 when not heard then 'ACCEPTED' when r_close < 0.7 then 'CLOSED' else 'UNDER_REVIEW' end""");
        run("""
                update gen_case g set repeat_of = p.id, repeat_day = (p.submitted_at at time zone 'Europe/London')::date from gen_case p
                where p.kind = g.kind and p.n = g.n - 1 and g.r_repeat < case g.kind when 'ASBRAC' then 0.25 else 0.31 end""");
        run("create index on gen_case (id)");

        run("""
                insert into person (id, first_name, last_name, match_name, sex, date_of_birth, created_at, created_by_agency)
                select victim_id, 'Generated', 'Victim ' || kind || ' ' || n, 'generated victim ' || lower(kind) || ' ' || n,
                       case when kind = 'MARAC' and r_children < 0.94 or kind = 'SARAC' and r_children < 0.85 then 'Female' else 'Male' end,
                       date '1960-01-01' + (r_perpetrator * 15000)::int, submitted_at, agency
                from gen_case""");
        run("""
                create temporary table gen_person on commit drop as
                select gen_random_uuid() as id, g.id as referral_id, 'PERPETRATOR' as role, g.n, g.submitted_at, g.agency
                from gen_case g where g.kind <> 'ASBRAC' and g.r_perpetrator < 0.85
                union all
                select gen_random_uuid(), g.id, 'CHILD', g.n, g.submitted_at, g.agency
                from gen_case g cross join lateral generate_series(1, case when g.r_children < 0.45 then 0 when g.r_children < 0.65 then 1
                    when g.r_children < 0.85 then 2 when g.r_children < 0.95 then 3 else 4 end)""");
        run("""
                insert into person (id, first_name, last_name, match_name, created_at, created_by_agency)
                select id, 'Generated', initcap(lower(role)) || ' ' || n, 'generated ' || lower(role) || ' ' || n, submitted_at, agency
                from gen_person""");
        run("""
                insert into referral (id, reference, conference_kind_code, state, version, referring_agency_code, author_subject, author_name,
                                      officer_name, victim_person_id, incident_summary, checklist_code, consent, created_at, updated_at,
                                      submitted_at, repeat_of_referral_id, repeat_anchored_on)
                select id, 'GEN-' || kind || '-' || lpad(n::text, 6, '0'), kind, state, 0, agency, 'report-year', 'Generated year',
                       'Generated year', victim_id, 'A generated case (bench/report-year).',
                       case kind when 'MARAC' then 'DASH_RIC' when 'ASBRAC' then 'ASB_MATRIX' else 'SARAC_CRITERIA' end,
                       'GIVEN', submitted_at, submitted_at, submitted_at, repeat_of, repeat_day
                from gen_case order by kind, n""");
        run("""
                insert into referral_person (referral_id, person_id, role)
                select id, victim_id, 'VICTIM' from gen_case
                union all select referral_id, id, role from gen_person""");

        run("""
                create temporary table gen_meeting on commit drop as
                select gen_random_uuid() as id, p.kind, j,
                       date_trunc('day', cast(:start as timestamptz) + (j + 0.5) * p.meeting_every * interval '1 day') + interval '10 hours'
                           as starts_at
                from (select distinct kind, meetings, meeting_every from gen_case) p cross join lateral generate_series(0, p.meetings - 1) j"""
                .replace(":start", "'" + start + "'"));
        run("create index on gen_meeting (kind, j)");
        run("""
                insert into meeting (id, conference_kind_code, starts_at, chair_subject, chair_name, status, confidentiality_statement,
                                     created_at, created_by, published_at, started_at, ended_at)
                select id, kind, starts_at, 'report-year', 'Generated chair', case when starts_at < now() then 'HELD' else 'PLANNED' end,
                       'What is shared here stays here.', starts_at - interval '21 days', 'report-year', starts_at - interval '7 days',
                       case when starts_at < now() then starts_at end, case when starts_at < now() then starts_at + interval '3 hours' end
                from gen_meeting""");
        run("""
                create temporary table gen_hearing on commit drop as
                select gen_random_uuid() as id, g.id as referral_id, g.kind, m.id as meeting_id, m.starts_at, 1 as hearing, g.agency, g.r_close,
                       1 + floor(random() * 5)::int as actions
                from gen_case g join gen_meeting m on m.kind = g.kind and m.j = g.meeting where g.heard
                union all
                select gen_random_uuid(), g.id, g.kind, m.id, m.starts_at, 2, g.agency, g.r_close, 1 + floor(random() * 3)::int
                from gen_case g join gen_meeting m on m.kind = g.kind and m.j = g.meeting + 2 where g.reviewed""");
        run("""
                insert into agenda_item (id, meeting_id, referral_id, position, status, came_from, decision, minutes_spent, heard_at)
                select id, meeting_id, referral_id, row_number() over (partition by meeting_id order by referral_id), 'HEARD',
                       case hearing when 1 then 'ACCEPTED' else 'UNDER_REVIEW' end,
                       case when hearing = 1 and r_close >= 0.7 then 'UNDER_REVIEW' else 'CLOSED' end, 12,
                       starts_at + interval '12 minutes' * row_number() over (partition by meeting_id order by referral_id)
                from gen_hearing""");
        run("""
                insert into referral_transition (referral_id, from_state, to_state, occurred_at, actor_subject, actor_name)
                select id, 'DRAFT', 'SUBMITTED', submitted_at, 'report-year', 'Generated year' from gen_case
                union all
                select id, 'SUBMITTED', case when state in ('SCREENED_OUT', 'WITHDRAWN') then state else 'ACCEPTED' end,
                       submitted_at + interval '1 day', 'report-year', 'Generated year' from gen_case
                union all
                select h.referral_id, case h.hearing when 1 then 'ACCEPTED' else 'UNDER_REVIEW' end, 'LISTED',
                       h.starts_at - interval '5 days', 'report-year', 'Generated year' from gen_hearing h
                union all
                select h.referral_id, 'LISTED', 'HEARD', h.starts_at, 'report-year', 'Generated year' from gen_hearing h
                union all
                select h.referral_id, 'HEARD', case when h.hearing = 1 and h.r_close >= 0.7 then 'UNDER_REVIEW' else 'CLOSED' end,
                       h.starts_at, 'report-year', 'Generated year' from gen_hearing h""");

        run("""
                insert into action (id, referral_id, meeting_id, owner_agency_code, description, due_on, status, not_done_category,
                                    created_at, created_by, conference_kind_code, case_reference, completed_at)
                select gen_random_uuid(), a.referral_id, a.meeting_id, a.owner, 'A generated action', a.due,
                       a.status, case when a.status = 'NOT_DONE' then (array['CIRCUMSTANCES_CHANGED', 'AGENCY_DID_NOT_ACT', 'OTHER'])[1 + floor(a.r * 3)::int] end,
                       a.starts_at, 'report-year', a.kind, r.reference,
                       case when a.status in ('DONE', 'NOT_DONE') then a.starts_at + (1 + a.r * 20) * interval '1 day' end
                from (select h.referral_id, h.meeting_id, h.kind, h.starts_at, (h.starts_at at time zone 'Europe/London')::date + 14 as due,
                             case h.kind when 'MARAC' then (array['POLICE', 'IDVA', 'HOUSING', 'CSC', 'HEALTH', 'PROBATION'])[1 + floor(random() * 6)::int]
                                         when 'ASBRAC' then (array['POLICE', 'ASBTEAM', 'HOUSING', 'VICTIMSUP'])[1 + floor(random() * 4)::int]
                                         else (array['POLICE', 'ISVA', 'HEALTH', 'CSC'])[1 + floor(random() * 4)::int] end as owner,
                             x.r,
                             case when (h.starts_at at time zone 'Europe/London')::date + 14 < current_date
                                  then case when x.r < 0.75 then 'DONE' when x.r < 0.85 then 'NOT_DONE' else 'OPEN' end
                                  else case when x.r < 0.3 then 'IN_PROGRESS' else 'OPEN' end end as status
                      -- correlated (h.actions), so each hearing draws its own actions rather than sharing one draw
                      from gen_hearing h cross join lateral (select i, random() as r from generate_series(1, h.actions) i) x) a
                join referral r on r.id = a.referral_id""");

        run("""
                insert into caseload_entry (id, referral_id, conference_kind_code, referred_at, service_allocated_at, advocate_subject,
                                            advocate_name, advocate_agency, allocated_at, support, closed_at)
                select gen_random_uuid(), id, kind, submitted_at, submitted_at + interval '1 day',
                       'report-year-advocate-' || (n % 8), 'Generated advocate ' || (n % 8), case kind when 'MARAC' then 'IDVA' else 'ISVA' end,
                       submitted_at + interval '1 day', case when state = 'CLOSED' then 'CLOSED' else 'OPEN' end,
                       case when state = 'CLOSED' then submitted_at + interval '60 days' end
                from gen_case where kind <> 'ASBRAC' and state not in ('SCREENED_OUT', 'WITHDRAWN')""");
        run("""
                insert into contact_entry (id, referral_id, occurred_at, method, outcome, author_subject, author_name, author_agency, written_at)
                select gen_random_uuid(), c.referral_id, t.at, 'PHONE',
                       case when x.i = 1 then case when x.r < 0.45 then 'SPOKE_TO_VICTIM' when x.r < 0.5 then 'DECLINED_SUPPORT'
                                                   when x.r < 0.8 then 'NO_ANSWER' else 'MESSAGE_LEFT' end
                            else case when x.r < 0.7 then 'SPOKE_TO_VICTIM' else 'NO_ANSWER' end end,
                       c.advocate_subject, c.advocate_name, c.advocate_agency, t.at
                from caseload_entry c
                cross join lateral (select i, random() as r from generate_series(1, 1 + abs(hashtext(c.id::text)) % 4) i) x
                cross join lateral (select c.referred_at + (2 + random() * 70) * interval '1 hour' + (x.i - 1) * interval '1 day' as at) t
                where c.advocate_subject like 'report-year-%'""");
        return new Filled(count("select count(*) from referral where author_subject = 'report-year'"),
                count("select count(*) from person where first_name = 'Generated'"),
                count("select count(*) from meeting where created_by = 'report-year'"),
                count("select count(*) from agenda_item i join meeting m on m.id = i.meeting_id where m.created_by = 'report-year'"),
                count("select count(*) from action where created_by = 'report-year'"),
                count("select count(*) from contact_entry where author_subject like 'report-year-%'"),
                (System.nanoTime() - started) / 1_000_000_000L);
    }

    /**
     * VACUUM ANALYZE, as autovacuum would have done by the time anyone reads a year: planner statistics, and the
     * visibility map that lets index-only scans skip the tables. VACUUM cannot run in a transaction.
     */
    public void vacuum() {
        try (java.sql.Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("vacuum analyze failed", e);
        }
    }

    private void run(String sql) {
        entityManager.createNativeQuery(sql).executeUpdate();
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
