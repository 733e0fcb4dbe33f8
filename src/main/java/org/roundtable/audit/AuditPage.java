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
                FormErrors errors, String query, int limit, int rows);

        static native TemplateInstance chain(AuditChain.Check check);
    }

    private final AuditService audit;

    private final AuditChain chain;

    AuditPage(AuditService audit, AuditChain chain) {
        this.audit = audit;
        this.chain = chain;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response search(@BeanParam AuditQueryParams params, @Context UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        try {
            List<AuditEventView> events = audit.read(params.toQuery(), params.all);
            int rows = events.stream().mapToInt(AuditEventView::count).sum();
            return Response.ok(Templates.search(params, events, !params.isEmpty(), FormErrors.NONE, query == null ? "" : query,
                    AuditService.SEARCH_LIMIT, rows)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.search(params, List.of(), false, FormErrors.of(e), "",
                    AuditService.SEARCH_LIMIT, 0)).build();
        }
    }

    /** The auditor's button: checks the hash chain now and names the first row that does not match. */
    @GET
    @Path("chain")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance chain() {
        return Templates.chain(audit.checkChain(chain));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(hidden = true)
    public Response export(@BeanParam AuditQueryParams params) {
        return AuditResource.csv(audit.export(params.toQuery()));
    }
}
