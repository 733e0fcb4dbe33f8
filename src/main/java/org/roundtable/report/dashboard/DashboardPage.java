package org.roundtable.report.dashboard;

import org.roundtable.access.RoleGroup;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.web.Clocks;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;

/** The dashboard page (tables beside charts), the cases behind a count, and the figures as a CSV download. */
@Path("/reports/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard d, DashboardView view, DashboardQuery.Typed typed, String chosenKind,
                FormErrors errors, ConferenceKind[] kinds);

        static native TemplateInstance cases(DashboardService.CaseList list, DashboardQuery query, boolean listsCases);
    }

    private final DashboardService dashboards;
    private final Clock clock;

    DashboardPage(DashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(hidden = true)
    public Response dashboard(@BeanParam DashboardParams params) {
        DashboardQuery query;
        try {
            query = params.query(Clocks.today(clock));
        } catch (InvalidInputException e) {
            String typedKind = params.kind == null ? "" : params.kind.trim().toUpperCase(java.util.Locale.ROOT);
            return Response.status(400).entity(Templates.dashboard(null, null, params.typed(), typedKind, FormErrors.of(e),
                    ConferenceKind.values())).build();
        }
        Dashboard d = dashboards.read(query);
        return Response.ok(Templates.dashboard(d, new DashboardView(d, query, dashboards.listsCases()), params.typed(), d.kind().name(),
                FormErrors.NONE, ConferenceKind.values())).build();
    }

    @GET
    @Path("cases")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(hidden = true)
    public TemplateInstance cases(@BeanParam DashboardParams params, @QueryParam("figure") String figure,
            @QueryParam("agency") String agency, @QueryParam("meeting") String meeting, @QueryParam("page") String page) {
        DashboardQuery query = params.query(Clocks.today(clock));
        return Templates.cases(dashboards.cases(query, figure, agency, meeting, page), query, dashboards.listsCases());
    }

    @GET
    @Path("download.csv")
    @Produces("text/csv")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(hidden = true)
    public Response csv(@BeanParam DashboardParams params) {
        DashboardQuery query = params.query(Clocks.today(clock));
        Dashboard d = dashboards.download(query, "csv");
        return Response.ok(DashboardCsv.of(d), "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"roundtable-"
                + d.kind().name().toLowerCase(java.util.Locale.ROOT) + "-dashboard-" + d.from() + "-to-" + d.to() + ".csv\"").build();
    }
}
