package org.roundtable.report.outcomes;

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
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.report.PeriodParams;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;

/** The outcomes reports as pages, each with its period chosen by a GET form and its table of figures. */
@Path("/reports/outcomes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
public class OutcomesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();

        static native TemplateInstance performance(AsbracPerformance.Figures figures, PeriodParams query, FormErrors errors);

        static native TemplateInstance sixMonths(SixMonthOutcomes.Figures figures, PeriodParams query, FormErrors errors);

        static native TemplateInstance trigger(CommunityTriggerReport.Figures figures, PeriodParams query, FormErrors errors);

        static native TemplateInstance advocates(AdvocateOutcomes.Figures figures, String service, String year, FormErrors errors);
    }

    private final OutcomeReports reports;

    OutcomesPage(OutcomeReports reports) {
        this.reports = reports;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance index() {
        return Templates.index();
    }

    @GET
    @Path("asbrac-performance")
    @Operation(hidden = true)
    public Response performance(@BeanParam PeriodParams query) {
        return page(errors -> Templates.performance(errors == null ? reports.asbracPerformance(query) : null, query,
                errors == null ? FormErrors.NONE : errors));
    }

    @GET
    @Path("asbrac-performance.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response performanceCsv(@BeanParam PeriodParams query) {
        return OutcomesResource.csv(reports.asbracPerformanceCsv(query));
    }

    @GET
    @Path("six-month-reviews")
    @Operation(hidden = true)
    public Response sixMonths(@BeanParam PeriodParams query) {
        return page(errors -> Templates.sixMonths(errors == null ? reports.sixMonthReviews(query) : null, query,
                errors == null ? FormErrors.NONE : errors));
    }

    @GET
    @Path("community-trigger")
    @Operation(hidden = true)
    public Response trigger(@BeanParam PeriodParams query) {
        return page(errors -> Templates.trigger(errors == null ? reports.communityTrigger(query) : null, query,
                errors == null ? FormErrors.NONE : errors));
    }

    @GET
    @Path("advocates")
    @Operation(hidden = true)
    public Response advocates(@QueryParam("service") String service, @QueryParam("year") String year) {
        return page(errors -> Templates.advocates(errors == null ? reports.advocates(service, year) : null, service == null ? "" : service,
                year == null ? "" : year, errors == null ? FormErrors.NONE : errors));
    }

    /** The report drawn with its figures, or, when the period asked for is not valid, the form again with its errors (400). */
    private static Response page(Function<FormErrors, TemplateInstance> draw) {
        try {
            return Response.ok(draw.apply(null)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(draw.apply(FormErrors.of(e))).build();
        }
    }
}
