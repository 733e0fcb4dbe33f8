package org.roundtable.report.dashboard;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** The query parameters that choose a dashboard: the kind and the period, as the page's form and the API send them. */
public class DashboardParams {

    @QueryParam("kind")
    public String kind;

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

    DashboardQuery.Typed typed() {
        return new DashboardQuery.Typed(kind, period, year, quarter, month, from, to);
    }

    DashboardQuery query(LocalDate today) {
        return DashboardQuery.parse(typed(), today);
    }
}
