package org.roundtable.report.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.action.ActionSummary;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.contact.ContactFigures;
import org.roundtable.report.ReportPeriod;

/**
 * Computes the dashboard in PostgreSQL: every figure is a query over the other features' tables (read, never
 * written), each count over a {@link CaseSet}. No access check and no audit here: {@link DashboardService} does both,
 * and the benchmark (bench/report-year) times this class alone and explains each of its queries.
 */
@ApplicationScoped
public class DashboardFigures {

    /** SafeLives' figure for a MARAC meeting, used when a kind has no setting of its own. */
    static final int DEFAULT_CAP = 16;

    static final String HEADLINE = withSets("""
            select (select count(*) from ({received}) s), (select count(*) from ({screened-out}) s), (select count(*) from ({heard}) s),
                   (select count(*) from ({repeats}) s), (select count(*) from ({from-police}) s), (select count(*) from ({with-children}) s),
                   (select count(*) from referral_person p join ({heard}) h on h.id = p.referral_id where p.role = 'CHILD')""");

    static final String BY_AGENCY = withSets("""
            select r.referring_agency_code, coalesce(min(a.name), r.referring_agency_code),
                   coalesce(bool_or(a.agency_type = 'POLICE'), false), count(distinct r.id)
            from ({received}) s join referral r on r.id = s.id left join agency a on upper(a.short_code) = upper(r.referring_agency_code)
            group by r.referring_agency_code order by 4 desc, 2""");

    /** Each meeting held in the period and the cases it heard: the {@code at-meeting} set, counted per meeting. */
    static final String MEETINGS = """
            select m.id, (m.starts_at at time zone 'Europe/London')::date, count(i.id)
            from meeting m left join agenda_item i on i.meeting_id = m.id and i.status = 'HEARD'
            where m.conference_kind_code = :kind and m.starts_at >= :from and m.starts_at < :before
              and m.status in ('IN_PROGRESS', 'HELD', 'APPROVED')
            group by m.id order by m.starts_at""";

    /** The median days from referral to first hearing, over the cases first heard in the period, and how many they are. */
    static final String FIRST_HEARINGS = withSets("""
            select percentile_cont(0.5) within group (order by (f.first_at at time zone 'Europe/London')::date
                                                               - (r.submitted_at at time zone 'Europe/London')::date),
                   count(*)
            from ({heard}) h join referral r on r.id = h.id
            cross join lateral (select min(m.starts_at) as first_at from agenda_item i join meeting m on m.id = i.meeting_id
                                where i.referral_id = h.id and i.status = 'HEARD') f
            where f.first_at >= :from and r.submitted_at is not null""");

    /** Time to first contact as {@link ContactFigures} counts it for one case: amendments are not contacts; whole minutes. */
    static final String ADVOCATE_CONTACT = withSets("""
            select count(*), count(x.first_attempt), count(x.first_contact),
                   percentile_cont(0.5) within group (order by floor(extract(epoch from x.first_attempt - x.referred_at) / 60)),
                   percentile_cont(0.5) within group (order by floor(extract(epoch from x.first_contact - x.referred_at) / 60))
            from (select c.referred_at,
                         (select min(e.occurred_at) from contact_entry e
                          where e.referral_id = c.referral_id and e.amends_entry_id is null) as first_attempt,
                         (select min(e.occurred_at) from contact_entry e
                          where e.referral_id = c.referral_id and e.amends_entry_id is null and e.outcome in (:successful)) as first_contact
                  from ({received}) s join caseload_entry c on c.referral_id = s.id) x""");

    /** The queries above by name, for the benchmark's plans. */
    static final Map<String, String> QUERIES = Map.of("headline", HEADLINE, "byAgency", BY_AGENCY, "meetings", MEETINGS,
            "firstHearings", FIRST_HEARINGS, "advocateContact", ADVOCATE_CONTACT);

    @Inject
    EntityManager entityManager;

    @Inject
    ActionSummary actionSummary;

    @Transactional
    public Dashboard compute(ConferenceKind kind, ReportPeriod period) {
        Object[] headline = (Object[]) query(HEADLINE, kind, period).getSingleResult();
        long received = count(headline[0]);
        Object[] firstHeard = (Object[]) query(FIRST_HEARINGS, kind, period).getSingleResult();
        return new Dashboard(kind, period.label(), period.from(), period.to(),
                new Dashboard.Referrals(received, count(headline[1]), count(headline[2])), byAgency(kind, period),
                percent(count(headline[4]), received), new Dashboard.Repeats(count(headline[3]), percent(count(headline[3]), received)),
                meetings(kind, period), new Dashboard.Children(count(headline[6]), count(headline[5])),
                actionSummary.setBetween(kind, period.startsAt(), period.endsBefore()),
                firstHeard[0] == null ? null : round(((Number) firstHeard[0]).doubleValue()), count(firstHeard[1]),
                kind == ConferenceKind.ASBRAC ? null : advocateContact(kind, period));
    }

    private List<Dashboard.AgencyCount> byAgency(ConferenceKind kind, ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(BY_AGENCY, kind, period).getResultList();
        return rows.stream().map(r -> new Dashboard.AgencyCount((String) r[0], (String) r[1], (Boolean) r[2], count(r[3]))).toList();
    }

    private Dashboard.MeetingLoad meetings(ConferenceKind kind, ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(MEETINGS, kind, period).getResultList();
        List<Dashboard.Meeting> held = rows.stream().map(r -> new Dashboard.Meeting((UUID) r[0], (LocalDate) r[1], count(r[2])))
                .toList();
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

    /** A query of this class with its parameters bound; the benchmark explains them through here too. */
    Query query(String sql, ConferenceKind kind, ReportPeriod period) {
        Query query = entityManager.createNativeQuery(sql).setParameter("kind", kind.name()).setParameter("from", period.startsAt())
                .setParameter("before", period.endsBefore());
        return sql.contains(":successful") ? query.setParameter("successful", ContactFigures.SUCCESSFUL_OUTCOMES) : query;
    }

    /** Puts each named case set ({@code {received}}) into the query, as {@link CaseSet#slug()} names it. */
    private static String withSets(String sql) {
        String filled = sql;
        for (CaseSet set : CaseSet.values()) {
            filled = filled.replace("{" + set.slug() + "}", set.sql);
        }
        return filled;
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
