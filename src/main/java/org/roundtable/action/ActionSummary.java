package org.roundtable.action;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.access.Viewers;
import org.roundtable.web.Clocks;

/** The coordinator's view of a conference's actions, agency by agency: counts only, no case content. */
@ApplicationScoped
public class ActionSummary {

    /** One agency's actions of a conference kind; {@code medianDaysToComplete} is null until one is done. */
    public record AgencyRow(String agencyCode, long open, long done, long notDoneCircumstancesChanged, long notDoneAgencyDidNotAct,
            long notDoneOther, long overdue, Double medianDaysToComplete) {
        public long notDone() {
            return notDoneCircumstancesChanged + notDoneAgencyDidNotAct + notDoneOther;
        }
    }

    /** What each column counts, as SQL over the action table; a report that lists the cases behind a count uses the same words. */
    public static final String OPEN = "status in ('OPEN', 'IN_PROGRESS')";
    public static final String DONE = "status = 'DONE'";
    public static final String NOT_DONE = "status = 'NOT_DONE'";
    public static final String OVERDUE = OPEN + " and due_on < :today";

    /** The counts by owning agency of the actions of {@code :kind} set from {@code :from} to {@code :before}, {@code :today} as today. */
    public static final String SET_BETWEEN = byAgencySql(true);

    /** The same without the median days to complete, which sorts every done action: for reports that do not show it. */
    public static final String COUNTS_SET_BETWEEN = byAgencySql(false);

    private static final Instant EVER_FROM = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant EVER_BEFORE = Instant.parse("3000-01-01T00:00:00Z");

    @Inject
    EntityManager entityManager;

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Every action of the kind ever set: for its coordinators only. */
    @Transactional
    public List<AgencyRow> byAgency(ConferenceKind kind) {
        if (!viewers.current().coordinates(kind)) {
            audit.recordRefusal("action.denied", ActionService.ENTITY, null, "summary " + kind);
            throw new ForbiddenException("The summary of " + kind.label() + " actions is for its coordinators");
        }
        List<AgencyRow> rows = setBetween(kind, EVER_FROM, EVER_BEFORE, true);
        audit.record("action.summary", ActionService.ENTITY, null, kind.name());
        return rows;
    }

    /**
     * The same counts for the actions set from {@code from} (inclusive) to {@code before} (exclusive), status as it is
     * today, with or without the median days to complete (null without). No access check and no audit: reports call it
     * after their own (the dashboard).
     */
    @Transactional
    public List<AgencyRow> setBetween(ConferenceKind kind, Instant from, Instant before, boolean withMedian) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(withMedian ? SET_BETWEEN : COUNTS_SET_BETWEEN)
                .setParameter("kind", kind.name()).setParameter("today", Clocks.today(clock))
                .setParameter("from", from).setParameter("before", before).getResultList();
        return rows.stream().map(r -> new AgencyRow((String) r[0], count(r[1]), count(r[2]), count(r[3]), count(r[4]), count(r[5]),
                count(r[6]), r[7] == null ? null : ((Number) r[7]).doubleValue())).toList();
    }

    private static String byAgencySql(boolean withMedian) {
        return ("""
                select owner_agency_code,
                       count(*) filter (where {open}),
                       count(*) filter (where {done}),
                       count(*) filter (where {notDone} and not_done_category = 'CIRCUMSTANCES_CHANGED'),
                       count(*) filter (where {notDone} and not_done_category = 'AGENCY_DID_NOT_ACT'),
                       count(*) filter (where {notDone} and not_done_category = 'OTHER'),
                       count(*) filter (where {overdue}),
                       {median}
                from action where conference_kind_code = :kind and created_at >= :from and created_at < :before
                group by owner_agency_code order by owner_agency_code""").replace("{median}", withMedian ? """
                percentile_cont(0.5) within group (order by
                    (completed_at at time zone 'Europe/London')::date - (created_at at time zone 'Europe/London')::date)
                    filter (where {done})""" : "null").replace("{open}", OPEN).replace("{done}", DONE)
                .replace("{notDone}", NOT_DONE).replace("{overdue}", OVERDUE);
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
