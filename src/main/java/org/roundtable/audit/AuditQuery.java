package org.roundtable.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What an auditor searches for. Dates are days in Europe/London; the range includes both days.
 * Blank strings mean "any".
 */
public record AuditQuery(String user, String agency, String entityType, String entityId, LocalDate from, LocalDate to) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    public AuditQuery {
        user = blankToNull(user);
        agency = blankToNull(agency);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
    }

    Instant fromInclusive() {
        return from == null ? null : from.atStartOfDay(LONDON).toInstant();
    }

    Instant toExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    /** A description without personal data, for the audit line written when a search is exported. */
    String describe() {
        return "user=" + nullToEmpty(user) + "; agency=" + nullToEmpty(agency) + "; record=" + nullToEmpty(entityType)
                + " " + nullToEmpty(entityId) + "; from=" + (from == null ? "" : from) + "; to=" + (to == null ? "" : to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
