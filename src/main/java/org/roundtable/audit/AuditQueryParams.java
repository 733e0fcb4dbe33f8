package org.roundtable.audit;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

/** The audit search as query parameters, shared by the API and the page. Dates are yyyy-mm-dd. */
public class AuditQueryParams {

    @QueryParam("user")
    public String user;

    @QueryParam("agency")
    public String agency;

    @QueryParam("recordType")
    public String recordType;

    @QueryParam("recordId")
    public String recordId;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    /** A case's reference: everything about the case, its actions, research, notes, extracts and its people. */
    @QueryParam("case")
    public String caseReference;

    /** A meeting by its conference kind and day (meetingOn). */
    @QueryParam("meetingKind")
    public String meetingKind;

    @QueryParam("meetingOn")
    public String meetingOn;

    /** A person's id: everything about them and their cases. */
    @QueryParam("person")
    public String person;

    /** Every row on its own line, without grouping repeated views. */
    @QueryParam("all")
    public boolean all;

    public AuditQuery toQuery() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "The end date must be the same as or after the start date"));
        }
        LocalDate meetingDay = date("meetingOn", meetingOn, errors);
        ConferenceKind kind = null;
        if (!blank(meetingKind)) {
            try {
                kind = ConferenceKind.valueOf(meetingKind.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("meetingKind", "Choose MARAC, ASBRAC or SARAC"));
            }
        }
        if (blank(meetingKind) != blank(meetingOn)) {
            errors.add(new FieldError(blank(meetingKind) ? "meetingKind" : "meetingOn",
                    "Give both the meeting's conference and its day"));
        }
        if (!blank(person)) {
            try {
                java.util.UUID.fromString(person.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("person", "Enter a person's id, as shown on their record"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AuditQuery(user, agency, recordType, recordId, fromDate, toDate, caseReference, kind, meetingDay, person);
    }

    public boolean isEmpty() {
        return blank(user) && blank(agency) && blank(recordType) && blank(recordId) && blank(from) && blank(to)
                && blank(caseReference) && blank(meetingKind) && blank(meetingOn) && blank(person);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter a real date, for example 2026-11-24"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
