package org.roundtable.report.outcomes;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.roundtable.report.ReportPeriod;

/** The period a report is asked for, as query parameters (see {@link ReportPeriod#parse}); also what a page's form sends back. */
public class PeriodQuery {

    @QueryParam("period")
    public String period;

    @QueryParam("year")
    public String year;

    @QueryParam("quarter")
    public String quarter;

    @QueryParam("month")
    public String month;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    ReportPeriod parse(LocalDate today) {
        return ReportPeriod.parse(period, year, quarter, month, from, to, today);
    }

    /** The query string that asks for the same period again, for the download link. */
    public String query() {
        StringBuilder q = new StringBuilder();
        append(q, "period", period);
        append(q, "year", year);
        append(q, "quarter", quarter);
        append(q, "month", month);
        append(q, "from", from);
        append(q, "to", to);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
