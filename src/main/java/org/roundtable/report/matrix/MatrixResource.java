package org.roundtable.report.matrix;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Limits;
import org.roundtable.web.Versions;

/** The strategic risk matrices: read by report readers, scored by coordinators and administrators. */
@Path("/api/v1/matrices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class MatrixResource {

    public record NewMatrix(@Size(max = Limits.NAME, message = "Title must be {max} characters or fewer") String title) {
    }

    static final String CSV = "text/csv";

    private final Matrices matrices;

    MatrixResource(Matrices matrices) {
        this.matrices = matrices;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "listRiskMatrices", summary = "The strategic risk matrices, newest title first, with their number of issues")
    public List<MatrixViews.Summary> list() {
        return matrices.list();
    }

    @POST
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(operationId = "createRiskMatrix", summary = "Start a matrix {\"title\": \"2026-27\"}; titles are unique; audited")
    @APIResponse(responseCode = "201", description = "The new, empty matrix",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixViews.Summary.class)))
    public Response create(NewMatrix body) {
        MatrixViews.Summary created = matrices.create(body == null ? null : body.title());
        return Response.created(URI.create("/api/v1/matrices/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "getRiskMatrix",
            summary = "A matrix's issues ranked by total, highest first; equal totals share a rank (1, 2, 3, 3, 5); audited")
    public MatrixViews.Ranked get(@PathParam("id") UUID id) {
        return matrices.view(id);
    }

    @POST
    @Path("{id}/issues")
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(operationId = "addRiskMatrixIssue", summary = "Score a new issue: its name (unique in the matrix) and nine scores from 0 to 5; audited")
    @APIResponse(responseCode = "201", description = "The issue with its total and rank; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixViews.Issue.class)))
    public Response add(@PathParam("id") UUID id, IssueScores body) {
        MatrixViews.Issue added = matrices.add(id, body);
        return Response.created(URI.create("/api/v1/matrices/" + id)).entity(added).tag(String.valueOf(added.version())).build();
    }

    @PUT
    @Path("{id}/issues/{issueId}")
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(operationId = "updateRiskMatrixIssue",
            summary = "Change an issue's name or scores. Send the version you read in If-Match; a stale version gets 409 with the issue as saved")
    public MatrixViews.Issue update(@PathParam("id") UUID id, @PathParam("issueId") UUID issueId, @HeaderParam("If-Match") String ifMatch,
            IssueScores body) {
        return matrices.update(id, issueId, body, Versions.fromIfMatch(ifMatch));
    }

    @GET
    @Path("{id}/export.csv")
    @Produces(CSV)
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(operationId = "exportRiskMatrix", summary = "The ranked matrix as CSV: name, the nine scores, total and rank; audited")
    @APIResponse(responseCode = "200", description = "One row per issue, ranked, after a header row",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response export(@PathParam("id") UUID id) {
        return download(matrices, id);
    }

    @POST
    @Path("{id}/import")
    @Consumes(CSV)
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(operationId = "importRiskMatrix", summary = "Score issues from CSV (UTF-8): a header naming name and the nine criteria "
            + "(total and rank are ignored), one row per issue. A row sets the scores of the issue of its name, adding it if new. "
            + "Any bad row imports nothing: each error names its row (the header is row 1) and column; audited")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "How many issues were added, changed and left as they were",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatrixViews.Imported.class)))
    public MatrixViews.Imported importCsv(@PathParam("id") UUID id, String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidInputException("body", "Send the CSV file as the request body");
        }
        return matrices.importCsv(id, csv);
    }

    static Response download(Matrices matrices, UUID id) {
        return Response.ok(matrices.export(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"roundtable-risk-matrix.csv\"").build();
    }
}
