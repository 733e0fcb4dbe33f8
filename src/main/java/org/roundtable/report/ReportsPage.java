package org.roundtable.report;

import org.roundtable.access.RoleGroup;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The reports a reader can open, in one place, so that the menu holds one item for them all. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
public class ReportsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance index() {
        return Templates.index();
    }
}
