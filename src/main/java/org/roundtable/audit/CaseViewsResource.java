package org.roundtable.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;

@Path("/api/v1/referrals/{id}/looks")
@Tag(name = "Audit")
public class CaseViewsResource {

    private final CaseViews views;

    CaseViewsResource(CaseViews views) {
        this.views = views;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "listCaseLooks",
            summary = "Who has looked at this case: every read of it by user and agency, oldest first; for the coordinators of its kind")
    public CaseViews.Looks looks(@PathParam("id") UUID id) {
        return views.of(id);
    }
}
