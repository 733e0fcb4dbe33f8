package org.roundtable.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.roundtable.user.CurrentUser;

/**
 * Writes and searches the audit log. Writing joins the caller's transaction, so a change and its audit
 * line are saved together or not at all.
 */
@ApplicationScoped
public class AuditService {

    public static final int SEARCH_LIMIT = 500;
    public static final int EXPORT_LIMIT = 50_000;

    @Inject
    org.roundtable.metrics.Metrics metrics;

    @Inject
    AuditRepository repository;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public void record(String action, String entityType, String entityId, String detail) {
        recordFor(currentUser.actor(), action, entityType, entityId, null, detail);
    }

    /** A refused look at a record, written in its own transaction: the refusal rolls back the request's own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String action, String entityType, String entityId, String detail) {
        recordFor(currentUser.actor(), action, entityType, entityId, null, detail);
    }

    @Transactional
    public void recordWithReason(String action, String entityType, String entityId, String reason, String detail) {
        recordFor(currentUser.actor(), action, entityType, entityId, reason, detail);
    }

    @Transactional
    public void recordFor(Actor actor, String action, String entityType, String entityId, String reason, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actorSubject = actor.subject();
        event.actorName = actor.name();
        event.actorAgency = actor.agencyCode();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.reason = reason;
        event.detail = detail;
        repository.persist(event);
        metrics.auditRowWritten();
    }

    @Transactional
    public List<AuditEvent> search(AuditQuery query) {
        return repository.search(query, SEARCH_LIMIT);
    }

    /** The rows for a CSV download; the download itself is written to the log first. */
    @Transactional
    public List<AuditEvent> export(AuditQuery query) {
        List<AuditEvent> rows = repository.search(query, EXPORT_LIMIT);
        record("audit.export", "audit-log", null, query.describe() + "; rows=" + rows.size());
        return rows;
    }
}
