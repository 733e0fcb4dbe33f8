package org.roundtable.report.outcomes;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.report.PeriodParams;

/**
 * Outcomes for the partnership board: the ASBRAC performance framework, the ASBRAC six-month reviews, Community
 * Trigger cases and the advocate services' outcomes. Period parameters: {@code period} month|quarter|year|custom with
 * {@code month=2026-11}, {@code year} and {@code quarter}, or {@code from} and {@code to}; default the current quarter.
 * The roles are ReportAccess.READERS (an annotation cannot name an array constant); ReportAccess decides per kind.
 */
@Path("/api/v1/reports/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class OutcomesResource {

    private final OutcomeReports reports;

    OutcomesResource(OutcomeReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("asbrac-performance")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getAsbracPerformance", summary = "Referrals and repeat referrals to the ASBRAC in each month of the period")
    public AsbracPerformance.Figures asbracPerformance(@BeanParam PeriodParams period) {
        return reports.asbracPerformance(period);
    }

    @GET
    @Path("asbrac-performance.csv")
    @Produces("text/csv")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "downloadAsbracPerformance",
            summary = "The ASBRAC performance framework as CSV; counts from 1 to 4 written as <5; the download is audited")
    @APIResponse(responseCode = "200", description = "One row per month and a total",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response asbracPerformanceCsv(@BeanParam PeriodParams period) {
        return csv(reports.asbracPerformanceCsv(period));
    }

    @GET
    @Path("asbrac-six-month-reviews")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getAsbracSixMonthReviews",
            summary = "ASBRAC six-month reviews by quarter of first hearing: heard, due, recorded, further incidents, closed with risk reduced")
    public SixMonthOutcomes.Figures sixMonthReviews(@BeanParam PeriodParams period) {
        return reports.sixMonthReviews(period);
    }

    @GET
    @Path("community-trigger")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getCommunityTriggerCases",
            summary = "ASBRAC cases submitted in the period that met a Community Trigger rule, by rule, with which rules are on")
    public CommunityTriggerReport.Figures communityTrigger(@BeanParam PeriodParams period) {
        return reports.communityTrigger(period);
    }

    @GET
    @Path("advocates")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getAdvocateOutcomes", summary = "Per advocate of the IDVA or ISVA service in a calendar year: cases "
            + "allocated, closed, and closure outcomes as percentages of closed cases with the outcome recorded")
    public AdvocateOutcomes.Figures advocates(@QueryParam("service") String service, @QueryParam("year") String year) {
        return reports.advocates(service, year);
    }

    static Response csv(String body) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"roundtable-asbrac-performance.csv\"").build();
    }
}
