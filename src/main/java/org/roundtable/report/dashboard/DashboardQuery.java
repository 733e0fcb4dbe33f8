package org.roundtable.report.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.report.ReportPeriod;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

/**
 * The conference kind and period a dashboard is asked for, read from query parameters as the page's form and the
 * API send them. Without a kind, MARAC; without a period, the quarter holding today. Bad values are field errors.
 */
public record DashboardQuery(ConferenceKind kind, ReportPeriod period, Typed typed) {

    /** The period's parameters as typed, to keep them in the form and in links. */
    public record Typed(String kind, String period, String year, String quarter, String month, String from, String to) {
    }

    public static DashboardQuery parse(Typed typed, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        ConferenceKind kind = ConferenceKind.MARAC;
        if (typed.kind() != null && !typed.kind().isBlank()) {
            try {
                kind = ConferenceKind.valueOf(typed.kind().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "Choose MARAC, ASBRAC or SARAC"));
            }
        }
        ReportPeriod period = null;
        try {
            period = ReportPeriod.parse(typed.period(), typed.year(), typed.quarter(), typed.month(), typed.from(), typed.to(), today);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new DashboardQuery(kind, period, typed);
    }

    /** The query string that asks for this kind and period again, as the reader chose it. */
    public String query() {
        StringBuilder query = new StringBuilder("kind=").append(kind.name());
        append(query, "period", typed.period());
        append(query, "year", typed.year());
        append(query, "quarter", typed.quarter());
        append(query, "month", typed.month());
        append(query, "from", typed.from());
        append(query, "to", typed.to());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
        }
    }

    /** What the audit log keeps of the request. */
    String audited() {
        return "kind=" + kind.name() + "; from=" + period.from() + "; to=" + period.to();
    }
}
