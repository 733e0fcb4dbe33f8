package org.roundtable.report;

import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import org.roundtable.web.Clocks;

/**
 * The period a report covers as query parameters, shared by the API and the pages: {@code period} is month, quarter
 * (the default), year or custom; see {@link ReportPeriod#parse}.
 */
public class PeriodParams {

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

    /** The period asked for; without one, the quarter holding today. Bad values are field errors. */
    public ReportPeriod toPeriod(Clock clock) {
        return ReportPeriod.parse(period, year, quarter, month, from, to, Clocks.today(clock));
    }

    /** The period asked for, as of this day. */
    public ReportPeriod parse(java.time.LocalDate today) {
        return ReportPeriod.parse(period, year, quarter, month, from, to, today);
    }

    /** The same parameters again, for the download links beside the table. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "period", period);
        append(query, "year", year);
        append(query, "quarter", quarter);
        append(query, "month", month);
        append(query, "from", from);
        append(query, "to", to);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
