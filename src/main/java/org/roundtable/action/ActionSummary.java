package org.roundtable.action;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.referral.Viewers;
import org.roundtable.web.Clocks;

/** The coordinator's view of a conference's actions, agency by agency: counts only, no case content. */
@ApplicationScoped
public class ActionSummary {

    /** One agency's actions of a conference kind; {@code medianDaysToComplete} is null until one is done. */
    public record AgencyRow(String agencyCode, long open, long done, long notDoneCircumstancesChanged, long notDoneAgencyDidNotAct,
            long notDoneOther, long overdue, Double medianDaysToComplete) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional
    public List<AgencyRow> byAgency(ConferenceKind kind) {
        if (!viewers.current().coordinates(kind)) {
            audit.recordRefusal("action.denied", ActionService.ENTITY, null, "summary " + kind);
            throw new ForbiddenException("The summary of " + kind.label() + " actions is for its coordinators");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select owner_agency_code,
                       count(*) filter (where status in ('OPEN', 'IN_PROGRESS')),
                       count(*) filter (where status = 'DONE'),
                       count(*) filter (where status = 'NOT_DONE' and not_done_category = 'CIRCUMSTANCES_CHANGED'),
                       count(*) filter (where status = 'NOT_DONE' and not_done_category = 'AGENCY_DID_NOT_ACT'),
                       count(*) filter (where status = 'NOT_DONE' and not_done_category = 'OTHER'),
                       count(*) filter (where status in ('OPEN', 'IN_PROGRESS') and due_on < :today),
                       percentile_cont(0.5) within group (order by
                           (completed_at at time zone 'Europe/London')::date - (created_at at time zone 'Europe/London')::date)
                           filter (where status = 'DONE')
                from action where conference_kind_code = :kind
                group by owner_agency_code order by owner_agency_code""")
                .setParameter("kind", kind.name()).setParameter("today", Clocks.today(clock)).getResultList();
        audit.record("action.summary", ActionService.ENTITY, null, kind.name());
        return rows.stream().map(r -> new AgencyRow((String) r[0], count(r[1]), count(r[2]), count(r[3]), count(r[4]), count(r[5]),
                count(r[6]), r[7] == null ? null : ((Number) r[7]).doubleValue())).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
