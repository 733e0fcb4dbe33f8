package org.roundtable.report.dashboard;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.web.Clocks;

/** The coordinator's dashboard as JSON, and the cases behind each count. */
@Path("/api/v1/reports/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class DashboardResource {

    private final DashboardService dashboards;
    private final Clock clock;

    DashboardResource(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getDashboard", summary = "A conference kind's figures for a period (kind=MARAC|ASBRAC|SARAC; "
            + "period=month&month=YYYY-MM, quarter&year&quarter, year&year, or custom&from&to as YYYY-MM-DD; default the current "
            + "quarter): referrals, agencies, repeats, cases per meeting, children, actions, time to hearing and to first contact")
    public Dashboard get(@BeanParam DashboardParams params) {
        return dashboards.read(params.query(Clocks.today(clock)));
    }

    @GET
    @Path("cases")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getDashboardCases", summary = "The cases behind one count of the dashboard (figure=received, "
            + "screened-out, heard, repeats, from-police, from-agency&agency, with-children, at-meeting&meeting, actions-open|done|"
            + "not-done|overdue&agency), cut to those you may see, 50 a page; references and states only")
    public DashboardService.CaseList cases(@BeanParam DashboardParams params, @QueryParam("figure") String figure,
            @QueryParam("agency") String agency, @QueryParam("meeting") String meeting, @QueryParam("page") String page) {
        return dashboards.cases(params.query(Clocks.today(clock)), figure, agency, meeting, page);
    }
}
