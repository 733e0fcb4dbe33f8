package org.roundtable.subjectaccess;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;

/** Subject access exports for coordinators of a conference that knows the person. */
@Path("/api/v1/people/{id}/subject-access")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access")
public class SubjectAccessResource {

    private final SubjectAccess subjectAccess;

    SubjectAccessResource(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "getSubjectAccess", summary = "Everything held about one person, who has looked at it, and the other people "
            + "it mentions (for redaction), as JSON; 403 unless you coordinate a conference that knows them; the export is audited")
    @APIResponse(responseCode = "200", description = "The subject access export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectAccess.Report.class)))
    public Response json(@PathParam("id") UUID id) {
        return json(subjectAccess.export(id, "json"), id);
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "getSubjectAccessPdf", summary = "The subject access export as a PDF marked OFFICIAL-SENSITIVE; audited")
    @APIResponse(responseCode = "200", description = "The subject access export, OFFICIAL-SENSITIVE",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") UUID id) {
        return pdf(subjectAccess.export(id, "pdf"), id);
    }

    static Response json(SubjectAccess.Report report, UUID id) {
        return Response.ok(report, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".json\"")
                .header("Cache-Control", "no-store").build();
    }

    static Response pdf(SubjectAccess.Report report, UUID id) {
        return Response.ok(SubjectAccessPdf.render(report), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
