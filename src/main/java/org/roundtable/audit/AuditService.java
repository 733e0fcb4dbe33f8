package org.roundtable.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** As {@link #record(String, String, String, String)}, naming other records the event is about (findable by each). */
    @Transactional
    public void record(String action, String entityType, String entityId, String detail, Collection<AuditSubject> subjects) {
        recordFor(currentUser.actor(), action, entityType, entityId, null, detail, subjects);
    }

    /**
     * A read of a list, search, queue or agenda: one event holding the id of every record it returned, so that the
     * event is found from any of them.
     */
    @Transactional
    public void recordList(String action, String recordType, Collection<?> ids, String detail) {
        recordFor(currentUser.actor(), action, recordType, null, null, detail, AuditSubject.all(recordType, ids));
    }

    /** As {@link #recordRefusal(String, String, String, String)}, naming other records the refused look was about. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String action, String entityType, String entityId, String detail, Collection<AuditSubject> subjects) {
        recordFor(currentUser.actor(), action, entityType, entityId, null, detail, subjects);
    }

    @Transactional
    public void recordFor(Actor actor, String action, String entityType, String entityId, String reason, String detail) {
        recordFor(actor, action, entityType, entityId, reason, detail, List.of());
    }

    /**
     * The one writer. {@code reason} is for reasons Roundtable itself gives (a migration's note); people's free-text
     * reasons stay in the feature's own table and the detail names that row.
     */
    @Transactional
    public void recordFor(Actor actor, String action, String entityType, String entityId, String reason, String detail,
            Collection<AuditSubject> subjects) {
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
        event.subjects.addAll(subjects);
        repository.persist(event);
        metrics.auditRowWritten();
    }

    @Inject
    AuditRecords records;

    @Transactional
    public List<AuditEvent> search(AuditQuery query) {
        return repository.search(query, query.aboutSomething() ? records.about(query) : null, SEARCH_LIMIT);
    }

    /** The events as auditors read them: meetings and cases named, repeated views on one line unless {@code everyRow}. */
    @Transactional
    public List<AuditEventView> read(AuditQuery query, boolean everyRow) {
        List<AuditEvent> events = search(query);
        Map<String, String> labels = records.labels(events);
        List<AuditEventView> views = events.stream().map(e -> AuditEventView.of(e, labels)).toList();
        return everyRow ? views : AuditEventView.grouped(views);
    }

    /** An auditor's check of the hash chain (in its own, longer transaction), itself audited. */
    public AuditChain.Check checkChain(AuditChain chain) {
        AuditChain.Check check = chain.check();
        record("audit.chain-check", "audit-log", null, check.intact() ? "intact, " + check.rowsChecked() + " rows"
                : "broken at row " + check.firstBadId());
        return check;
    }

    /** The rows for a CSV download; the download itself is written to the log first. */
    @Transactional
    public List<AuditEvent> export(AuditQuery query) {
        List<AuditEvent> rows = repository.search(query, query.aboutSomething() ? records.about(query) : null, EXPORT_LIMIT);
        rows.forEach(row -> row.subjects.size()); // loaded here, in batches, for the CSV written after the transaction
        record("audit.export", "audit-log", null, query.describe() + "; rows=" + rows.size());
        return rows;
    }
}
