package org.roundtable.report.datareturn;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.report.PeriodParams;
import org.roundtable.user.Role;
import org.roundtable.web.Versions;

/** The MARAC data return to SafeLives, its summary and its settings, for coordinators and chairs of MARAC, admins and auditors. */
@Path("/api/v1/reports/marac-data-return")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class DataReturnResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DataReturnService reports;

    @Inject
    ReturnSettings settings;

    @Inject
    NationalFigures national;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getMaracDataReturn",
            summary = "One row per MARAC meeting held in the period (period=month|quarter|year|custom); exact counts, null where not collected")
    public List<DataReturnRow> rows(@BeanParam PeriodParams params) {
        return reports.rows(params.toPeriod(clock));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "exportMaracDataReturnCsv", summary = "The return as CSV in SafeLives' column order; the download is audited")
    @APIResponse(responseCode = "200", description = "The return as CSV, one meeting a row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@BeanParam PeriodParams params) {
        return csvFile(reports.download(params.toPeriod(clock), "csv"));
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "exportMaracDataReturnXlsx", summary = "The return as an XLSX workbook with the CSV's cells; the download is audited")
    @APIResponse(responseCode = "200", description = "The return as an XLSX workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@BeanParam PeriodParams params) {
        return xlsxFile(reports.download(params.toPeriod(clock), "xlsx"));
    }

    @GET
    @Path("summary")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getMaracSummary", summary = "The partnership's MARAC figures for the period beside the national figures")
    public DataReturnService.Summary summary(@BeanParam PeriodParams params) {
        return reports.summary(params.toPeriod(clock));
    }

    @GET
    @Path("settings")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getMaracReturnSettings", summary = "The MARAC's name and the area's adult female population")
    public ReturnSettings.View settings() {
        return reports.settings();
    }

    @PUT
    @Path("settings")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "updateMaracReturnSettings",
            summary = "Change the MARAC's name and the adult female population (null: not set); send the version in If-Match; audited")
    public ReturnSettings.View updateSettings(@HeaderParam("If-Match") String ifMatch, ReturnSettings.Form form) {
        return settings.update(form, Versions.fromIfMatch(ifMatch));
    }

    @GET
    @Path("national-figures")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getMaracNationalFigures", summary = "The national figures the summary compares with, with their year and source")
    public NationalFigures.View nationalFigures() {
        return reports.nationalFigures();
    }

    @PUT
    @Path("national-figures")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "updateMaracNationalFigures",
            summary = "Replace the national figures with newly published ones; send the version in If-Match; audited")
    public NationalFigures.View updateNationalFigures(@HeaderParam("If-Match") String ifMatch, NationalFigures.Form form) {
        return national.update(form, Versions.fromIfMatch(ifMatch));
    }

    static Response csvFile(List<DataReturnRow> rows) {
        return Response.ok(DataReturnCsv.of(rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"marac-data-return.csv\"").build();
    }

    static Response xlsxFile(List<DataReturnRow> rows) {
        return Response.ok(DataReturnXlsx.of(rows), XLSX)
                .header("Content-Disposition", "attachment; filename=\"marac-data-return.xlsx\"").build();
    }
}
