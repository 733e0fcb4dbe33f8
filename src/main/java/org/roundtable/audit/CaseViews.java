package org.roundtable.audit;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.web.NotFoundProblem;

/**
 * "Who has looked at this case": every read of one case, by user and agency, in the order they happened, for the
 * coordinators of its kind. A read is a look at the case itself, a list, search or queue that returned it, a meeting
 * record or an extract that held it. Reading this list is itself audited.
 */
@ApplicationScoped
public class CaseViews {

    /** One look at the case. */
    public record Look(long eventId, Instant at, String userName, String userSubject, String agency, String action, String what) {
    }

    /** The case and every look at it, oldest first. */
    public record Looks(UUID referralId, String reference, ConferenceKind kind, List<Look> looks) {
    }

    private static final String READS = "(e.action like '%.view' or e.action like '%.list' or e.action like '%.search'"
            + " or e.action = 'minutes.extract')";

    @Inject
    EntityManager entityManager;

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    @Transactional
    public Looks of(UUID referralId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = entityManager.createNativeQuery("select reference, conference_kind_code from referral where id = :id")
                .setParameter("id", referralId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundProblem("No case " + referralId);
        }
        ConferenceKind kind = ConferenceKind.valueOf((String) found.get(0)[1]);
        Viewer viewer = viewers.current();
        if (!viewer.coordinates(kind)) {
            audit.recordRefusal("referral.looks.denied", "referral", referralId.toString(), "not a coordinator of " + kind.name());
            throw new ForbiddenException("Who has looked at a case is for the coordinators of " + kind.label());
        }
        String id = referralId.toString();
        List<Look> looks = entityManager.createQuery("select e from AuditEvent e where " + READS + " and ((e.entityType = 'referral'"
                + " and e.entityId = :id) or e.id in (select x.id from AuditEvent x join x.subjects s where s.recordType = 'referral'"
                + " and s.recordId = :id)) order by e.occurredAt, e.id", AuditEvent.class).setParameter("id", id).getResultList()
                .stream().map(e -> new Look(e.id, e.occurredAt, e.actorName, e.actorSubject, e.actorAgency, e.action, what(e, id)))
                .toList();
        audit.record("referral.looks", "referral", id, looks.size() + " looks listed");
        return new Looks(referralId, (String) found.get(0)[0], kind, looks);
    }

    private static String what(AuditEvent e, String referralId) {
        boolean own = "referral".equals(e.entityType) && referralId.equals(e.entityId);
        return switch (e.action) {
            case "referral.view" -> "Opened the case";
            case "contact-log.view" -> "Read the contact log";
            case "six-month-review.view" -> "Read the six-month review";
            case "minutes.extract" -> "An extract of the minutes for " + e.detail;
            case "meeting.view" -> "The meeting's record";
            default -> own ? e.action : "In a list (" + e.action + (e.detail == null ? "" : ": " + e.detail) + ")";
        };
    }
}
