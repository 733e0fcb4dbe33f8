package org.roundtable.report.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.roundtable.action.ActionSummary;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.contact.ContactFigures;
import org.roundtable.report.ReportPeriod;

/**
 * Computes the dashboard in PostgreSQL: every figure is a query over the other features' tables (read, never
 * written), made of the same conditions as the {@link CaseSet} its count links to. Five queries and the actions
 * summary's; no access check and no audit here: {@link DashboardService} does both, and the benchmark
 * (bench/report-year) times this class alone and explains each of its queries.
 */
@ApplicationScoped
public class DashboardFigures {

    /** SafeLives' figure for a MARAC meeting, used when a kind has no setting of its own. */
    static final int DEFAULT_CAP = 16;

    /**
     * The received, repeats and police sets in one pass over the period's referrals: per referring agency, and in the
     * first row (no agency code) for all of them.
     */
    static final String RECEIVED = """
            select g.code, coalesce(a.name, g.code), coalesce(a.agency_type = 'POLICE', false), g.received, g.repeats, g.police
            from (select r.referring_agency_code as code, count(*) as received, count(*) filter (where {repeat}) as repeats,
                         count(*) filter (where {police}) as police
                  from referral r where {received} group by grouping sets ((r.referring_agency_code), ())) g
            left join agency a on upper(a.short_code) = upper(g.code)
            order by g.code is not null, g.received desc, 2""".replace("{repeat}", CaseSet.Where.REPEAT)
            .replace("{police}", CaseSet.Where.POLICE).replace("{received}", CaseSet.Where.RECEIVED);

    static final String SCREENED_OUT = "select count(*) from (" + CaseSet.SCREENED_OUT.sql + ") s";

    /**
     * The heard and with-children sets, the children of the cases heard, and the median days from referral to first
     * hearing over the cases first heard in the period (London days), from one pass over the period's hearings.
     */
    static final String HEARD = """
            with h as materialized (select i.referral_id as id, min(m.starts_at) as first_at from {heard} group by i.referral_id),
                 children as materialized (select p.referral_id, count(*) as n from referral_person p join h on h.id = p.referral_id
                                           where p.role = 'CHILD' group by p.referral_id),
                 firsts as (select (h.first_at at time zone 'Europe/London')::date - (r.submitted_at at time zone 'Europe/London')::date as days
                            from h join referral r on r.id = h.id
                            where r.submitted_at is not null
                              and not exists (select 1 from agenda_item e join meeting em on em.id = e.meeting_id
                                              where e.referral_id = h.id and e.status = 'HEARD' and em.starts_at < :from))
            select (select count(*) from h), (select count(*) from children), (select coalesce(sum(n), 0) from children),
                   (select percentile_cont(0.5) within group (order by days) from firsts), (select count(*) from firsts)"""
            .replace("{heard}", CaseSet.Where.HEARD);

    /** Each meeting held in the period and the cases it heard: the {@code at-meeting} set, counted per meeting. */
    static final String MEETINGS = """
            select m.id, (m.starts_at at time zone 'Europe/London')::date, count(i.id)
            from meeting m left join agenda_item i on i.meeting_id = m.id and i.status = 'HEARD'
            where m.conference_kind_code = :kind and m.starts_at >= :from and m.starts_at < :before
              and m.status in ('IN_PROGRESS', 'HELD', 'APPROVED')
            group by m.id order by m.starts_at""";

    /** Time to first contact as {@link ContactFigures} counts it for one case: amendments are not contacts; whole minutes. */
    static final String ADVOCATE_CONTACT = """
            select count(*), count(x.first_attempt), count(x.first_contact),
                   percentile_cont(0.5) within group (order by floor(extract(epoch from x.first_attempt - x.referred_at) / 60)),
                   percentile_cont(0.5) within group (order by floor(extract(epoch from x.first_contact - x.referred_at) / 60))
            from (select c.referred_at, min(e.occurred_at) as first_attempt,
                         min(e.occurred_at) filter (where e.outcome in (:successful)) as first_contact
                  from referral r join caseload_entry c on c.referral_id = r.id
                  left join contact_entry e on e.referral_id = c.referral_id and e.amends_entry_id is null
                  where {received}
                  group by c.id, c.referred_at) x""".replace("{received}", CaseSet.Where.RECEIVED);

    /** The queries above by name, for the benchmark's plans. */
    static final Map<String, String> QUERIES = Map.of("received", RECEIVED, "screenedOut", SCREENED_OUT, "heard", HEARD,
            "meetings", MEETINGS, "advocateContact", ADVOCATE_CONTACT);

    @Inject
    EntityManager entityManager;

    @Inject
    ActionSummary actionSummary;

    @Inject
    ManagedExecutor executor;

    /** The figures computed on the second connection. */
    private record SecondHalf(Dashboard.MeetingLoad meetings, List<ActionSummary.AgencyRow> actions, Dashboard.AdvocateContact contact) {
    }

    /**
     * Half of the queries run on a second connection at the same time: a year at national scale reads about a million
     * rows, and two PostgreSQL backends use both cores (docs/benchmarks.md). Each half reads its own snapshot, taken
     * milliseconds apart.
     */
    @Transactional
    public Dashboard compute(ConferenceKind kind, ReportPeriod period) {
        CompletableFuture<SecondHalf> second = executor.supplyAsync(() -> QuarkusTransaction.requiringNew().call(() -> {
            forReporting();
            return new SecondHalf(meetings(kind, period), actionSummary.setBetween(kind, period.startsAt(), period.endsBefore(), false),
                    kind == ConferenceKind.ASBRAC ? null : advocateContact(kind, period));
        }));
        forReporting();
        @SuppressWarnings("unchecked")
        List<Object[]> received = query(RECEIVED, kind, period).getResultList();
        Object[] all = received.get(0);
        List<Dashboard.AgencyCount> byAgency = received.subList(1, received.size()).stream()
                .map(r -> new Dashboard.AgencyCount((String) r[0], (String) r[1], (Boolean) r[2], count(r[3]))).toList();
        long total = count(all[3]);
        Object[] heard = (Object[]) query(HEARD, kind, period).getSingleResult();
        long screenedOut = count(query(SCREENED_OUT, kind, period).getSingleResult());
        SecondHalf rest = join(second);
        return new Dashboard(kind, period.label(), period.from(), period.to(), new Dashboard.Referrals(total, screenedOut, count(heard[0])),
                byAgency, count(all[5]), percent(count(all[5]), total), new Dashboard.Repeats(count(all[4]), percent(count(all[4]), total)),
                rest.meetings(), new Dashboard.Children(count(heard[2]), count(heard[1])), rest.actions(),
                heard[3] == null ? null : round(((Number) heard[3]).doubleValue()), count(heard[4]), rest.contact());
    }

    private static SecondHalf join(CompletableFuture<SecondHalf> second) {
        try {
            return second.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Dashboard.MeetingLoad meetings(ConferenceKind kind, ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(MEETINGS, kind, period).getResultList();
        List<Dashboard.Meeting> held = rows.stream().map(r -> new Dashboard.Meeting((UUID) r[0], (LocalDate) r[1], count(r[2]))).toList();
        List<?> cap = entityManager.createNativeQuery("select agenda_cap from conference_setting where conference_kind_code = :kind")
                .setParameter("kind", kind.name()).getResultList();
        int limit = cap.isEmpty() ? DEFAULT_CAP : ((Number) cap.get(0)).intValue();
        long heard = held.stream().mapToLong(Dashboard.Meeting::casesHeard).sum();
        return new Dashboard.MeetingLoad(held, limit, held.isEmpty() ? null : round((double) heard / held.size()),
                held.stream().filter(m -> m.casesHeard() > limit).count());
    }

    private Dashboard.AdvocateContact advocateContact(ConferenceKind kind, ReportPeriod period) {
        Object[] row = (Object[]) query(ADVOCATE_CONTACT, kind, period).getSingleResult();
        return new Dashboard.AdvocateContact(count(row[0]), count(row[1]), count(row[2]), minutes(row[3]), minutes(row[4]));
    }

    /**
     * Settings for this transaction only. Each query is planned for its own period, never from a cached generic plan
     * (after five runs the JDBC driver's prepared statements let PostgreSQL switch to a plan that ignores the dates,
     * three times slower here); and sorts and hashes of a year's rows (medians, distinct cases) stay in memory.
     */
    void forReporting() {
        entityManager.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
        entityManager.createNativeQuery("set local work_mem = '64MB'").executeUpdate();
    }

    /** A query of this class with its parameters bound; the benchmark explains them through here too. */
    Query query(String sql, ConferenceKind kind, ReportPeriod period) {
        Query query = entityManager.createNativeQuery(sql).setParameter("kind", kind.name()).setParameter("from", period.startsAt())
                .setParameter("before", period.endsBefore());
        return sql.contains(":successful") ? query.setParameter("successful", ContactFigures.SUCCESSFUL_OUTCOMES) : query;
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Long minutes(Object median) {
        return median == null ? null : Math.round(((Number) median).doubleValue());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
