package org.roundtable.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;

@Path("/api/v1/audit-events")
@Tag(name = "Audit")
public class AuditResource {

    private final AuditService audit;

    private final AuditChain chain;

    AuditResource(AuditService audit, AuditChain chain) {
        this.audit = audit;
        this.chain = chain;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUDITOR)
    @Operation(operationId = "searchAuditEvents",
            summary = "Search the audit log by user (name or subject), agency, record, case reference, meeting (kind and day), person and"
                    + " date range; newest first, at most 500 rows; repeated views of one record by one user within 15 minutes are one"
                    + " line with a count unless all=true")
    public List<AuditEventView> search(@BeanParam AuditQueryParams params) {
        return audit.read(params.toQuery(), params.all);
    }

    @GET
    @Path("chain")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.AUDITOR)
    @Operation(operationId = "checkAuditChain",
            summary = "Recompute the audit log's hash chain now; names the first row that does not match its seal. The check is audited")
    public AuditChain.Check checkChain() {
        return audit.checkChain(chain);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.AUDITOR)
    @Operation(operationId = "exportAuditEvents",
            summary = "The same search as CSV; the download is itself written to the audit log")
    @APIResponse(responseCode = "200", description = "The events as CSV, one a row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@BeanParam AuditQueryParams params) {
        return csv(audit.export(params.toQuery()));
    }

    static Response csv(List<AuditEvent> rows) {
        return Response.ok(AuditCsv.of(rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"roundtable-audit.csv\"")
                .build();
    }
}
