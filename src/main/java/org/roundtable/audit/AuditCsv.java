package org.roundtable.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.roundtable.web.Csv;

/** RFC 4180 CSV of audit events, with times in UTC so that rows compare across the clock change. */
final class AuditCsv {

    private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("UTC"));
    static final String HEADER = "id,occurred_at_utc,actor_name,actor_subject,actor_agency,action,record_type,record_id,reason,detail,subjects";

    private AuditCsv() {
    }

    static String of(List<AuditEvent> events) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AuditEvent e : events) {
            csv.append(Csv.row(Stream.of(String.valueOf(e.id), ISO_UTC.format(e.occurredAt), e.actorName,
                    e.actorSubject, e.actorAgency, e.action, e.entityType, e.entityId, e.reason, e.detail,
                    String.join(" ", e.subjects.stream().map(AuditSubject::toString).sorted().toList()))
                    .toList()));
        }
        return csv.toString();
    }
}
