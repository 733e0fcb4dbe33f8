package org.roundtable.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.user.Role;

/** The coordinators' page "Who has looked at this case". */
@Path("/cases/{id}/looks")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
public class CaseViewsPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance looks(CaseViews.Looks looks);
    }

    private final CaseViews views;

    CaseViewsPage(CaseViews views) {
        this.views = views;
    }

    @GET
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") UUID id) {
        return Templates.looks(views.of(id));
    }
}
