package org.roundtable.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/** RFC 4180 CSV of audit events, with times in UTC so that rows compare across the clock change. */
final class AuditCsv {

    private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("UTC"));
    static final String HEADER = "id,occurred_at_utc,actor_name,actor_subject,actor_agency,action,record_type,record_id,reason,detail";

    private AuditCsv() {
    }

    static String of(List<AuditEvent> events) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEvent e : events) {
            csv.append(String.join(",", Stream.of(String.valueOf(e.id), ISO_UTC.format(e.occurredAt), e.actorName,
                    e.actorSubject, e.actorAgency, e.action, e.entityType, e.entityId, e.reason, e.detail)
                    .map(AuditCsv::field).toList())).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
