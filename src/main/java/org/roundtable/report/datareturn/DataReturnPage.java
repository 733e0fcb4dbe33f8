package org.roundtable.report.datareturn;

import org.roundtable.access.RoleGroup;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.report.PeriodParams;
import org.roundtable.report.ReportPeriod;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;

/** The MARAC data return on screen with its downloads, and the one-page summary beside the national figures. */
@Path("/reports/marac-data-return")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
public class DataReturnPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance table(PeriodParams params, ReportPeriod period, List<String> headers, List<List<String>> rows,
                String query, FormErrors errors);

        static native TemplateInstance summary(PeriodParams params, DataReturnService.Summary summary, String query, FormErrors errors);
    }

    @Inject
    DataReturnService reports;

    @Inject
    Clock clock;

    @GET
    @Operation(hidden = true)
    public Response table(@BeanParam PeriodParams params) {
        try {
            ReportPeriod period = params.toPeriod(clock);
            List<List<String>> rows = reports.rows(period).stream()
                    .map(row -> DataReturnColumns.cells(row).stream().map(DataReturnPage::onScreen).toList()).toList();
            return Response.ok(Templates.table(params, period, DataReturnColumns.HEADERS, rows, params.query(), FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.table(params, null, DataReturnColumns.HEADERS, List.of(), "",
                    FormErrors.of(e))).build();
        }
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response csv(@BeanParam PeriodParams params) {
        return DataReturnResource.csvFile(reports.download(params.toPeriod(clock), "csv"));
    }

    @GET
    @Path("export.xlsx")
    @Produces(DataReturnResource.XLSX)
    @Operation(hidden = true)
    public Response xlsx(@BeanParam PeriodParams params) {
        return DataReturnResource.xlsxFile(reports.download(params.toPeriod(clock), "xlsx"));
    }

    @GET
    @Path("summary")
    @Operation(hidden = true)
    public Response summary(@BeanParam PeriodParams params) {
        try {
            return Response.ok(Templates.summary(params, reports.summary(params.toPeriod(clock)), params.query(), FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.summary(params, null, "", FormErrors.of(e))).build();
        }
    }

    /** Dates as people read them; counts exact (the partnership's own figures); a blank says "not collected". */
    private static String onScreen(Object cell) {
        if (cell instanceof java.time.LocalDate day) {
            return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
        }
        return cell == null ? "Not collected" : DataReturnColumns.text(cell);
    }
}
