package org.roundtable.audit;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

    public AuditQuery toQuery() {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "The end date must be the same as or after the start date"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AuditQuery(user, agency, recordType, recordId, fromDate, toDate);
    }

    public boolean isEmpty() {
        return blank(user) && blank(agency) && blank(recordType) && blank(recordId) && blank(from) && blank(to);
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
