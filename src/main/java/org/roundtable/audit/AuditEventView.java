package org.roundtable.audit;

import java.time.Instant;

/** An audit line as auditors see it. */
public record AuditEventView(long id, Instant occurredAt, String actorName, String actorSubject, String actorAgency,
        String action, String recordType, String recordId, String reason, String detail) {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.id, e.occurredAt, e.actorName, e.actorSubject, e.actorAgency, e.action, e.entityType,
                e.entityId, e.reason, e.detail);
    }
}
