package org.roundtable.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.roundtable.agency.ConferenceKind;

/**
 * What an auditor searches for. Dates are days in Europe/London; the range includes both days.
 * Blank strings mean "any". A case reference, a meeting (kind and day) or a person finds everything about it: see
 * {@link AuditRecords}.
 */
public record AuditQuery(String user, String agency, String entityType, String entityId, LocalDate from, LocalDate to,
        String caseReference, ConferenceKind meetingKind, LocalDate meetingOn, String personId) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    public AuditQuery {
        user = blankToNull(user);
        agency = blankToNull(agency);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        caseReference = blankToNull(caseReference);
        personId = blankToNull(personId);
    }

    public AuditQuery(String user, String agency, String entityType, String entityId, LocalDate from, LocalDate to) {
        this(user, agency, entityType, entityId, from, to, null, null, null, null);
    }

    /** Everything about one case, from its reference. */
    public static AuditQuery aboutCase(String reference) {
        return new AuditQuery(null, null, null, null, null, null, reference, null, null, null);
    }

    boolean aboutSomething() {
        return caseReference != null || meetingKind != null || personId != null;
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
                + " " + nullToEmpty(entityId) + "; from=" + (from == null ? "" : from) + "; to=" + (to == null ? "" : to)
                + (caseReference == null ? "" : "; case=" + caseReference)
                + (meetingKind == null ? "" : "; meeting=" + meetingKind + " " + meetingOn)
                + (personId == null ? "" : "; person=" + personId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
