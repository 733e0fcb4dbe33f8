package org.roundtable.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.user.Role;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;

/** Auditors search the log and download what they found. */
@Path("/audit")
@RolesAllowed(Role.AUDITOR)
public class AuditPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance search(AuditQueryParams params, List<AuditEventView> events, boolean searched,
                FormErrors errors, String query, int limit);
    }

    private final AuditService audit;

    AuditPage(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response search(@BeanParam AuditQueryParams params, @Context UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        try {
            List<AuditEventView> events = audit.search(params.toQuery()).stream().map(AuditEventView::of).toList();
            return Response.ok(Templates.search(params, events, !params.isEmpty(), FormErrors.NONE, query == null ? "" : query,
                    AuditService.SEARCH_LIMIT)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.search(params, List.of(), false, FormErrors.of(e), "",
                    AuditService.SEARCH_LIMIT)).build();
        }
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response export(@BeanParam AuditQueryParams params) {
        return AuditResource.csv(audit.export(params.toQuery()));
    }
}
