package org.roundtable.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An audit line as auditors see it: {@code recordLabel} names the record as people know it (a case reference,
 * "MARAC meeting 24 Nov 2026 10:00"); {@code count} views of one record by one user within {@link #REPEATS} are one
 * line, from {@code firstOccurredAt} to {@code occurredAt}. {@code subjects} are the other records the event is about.
 */
public record AuditEventView(long id, Instant occurredAt, String actorName, String actorSubject, String actorAgency,
        String action, String recordType, String recordId, String recordLabel, String reason, String detail, List<String> subjects,
        int count, Instant firstOccurredAt) {

    /** Repeated views closer together than this are shown as one line. */
    public static final Duration REPEATS = Duration.ofMinutes(15);

    static AuditEventView of(AuditEvent e, Map<String, String> labels) {
        return new AuditEventView(e.id, e.occurredAt, e.actorName, e.actorSubject, e.actorAgency, e.action, e.entityType,
                e.entityId, labels.get(e.entityType + ":" + e.entityId), e.reason, e.detail,
                e.subjects.stream().map(AuditSubject::toString).sorted().toList(), 1, e.occurredAt);
    }

    /**
     * Views (actions ending ".view") of one record by one user, newest first, folded into the newest line while they lie
     * within {@link #REPEATS} of it. Every other event keeps its own line.
     */
    static List<AuditEventView> grouped(List<AuditEventView> newestFirst) {
        List<AuditEventView> lines = new ArrayList<>();
        Map<String, Integer> open = new HashMap<>();
        for (AuditEventView e : newestFirst) {
            if (!e.action().endsWith(".view") || e.recordId() == null) {
                lines.add(e);
                continue;
            }
            String key = e.actorSubject() + "|" + e.action() + "|" + e.recordType() + "|" + e.recordId();
            Integer at = open.get(key);
            if (at != null && Duration.between(e.occurredAt(), lines.get(at).occurredAt()).compareTo(REPEATS) <= 0) {
                AuditEventView line = lines.get(at);
                lines.set(at, new AuditEventView(line.id, line.occurredAt, line.actorName, line.actorSubject, line.actorAgency,
                        line.action, line.recordType, line.recordId, line.recordLabel, line.reason, line.detail, line.subjects,
                        line.count + 1, e.occurredAt()));
            } else {
                open.put(key, lines.size());
                lines.add(e);
            }
        }
        return lines;
    }
}
