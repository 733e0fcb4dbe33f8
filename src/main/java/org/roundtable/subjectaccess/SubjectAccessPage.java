package org.roundtable.subjectaccess;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.roundtable.user.Role;

/** The coordinator's subject access page for one person: what an export holds, and the PDF and JSON downloads. */
@Path("/people/{id}/subject-access")
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.COORDINATOR)
public class SubjectAccessPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summary(SubjectAccess.Summary summary);
    }

    private final SubjectAccess subjectAccess;

    SubjectAccessPage(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance summary(@PathParam("id") UUID id) {
        return Templates.summary(subjectAccess.summary(id));
    }

    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    @Operation(hidden = true)
    public Response pdf(@PathParam("id") UUID id) {
        return SubjectAccessResource.pdf(subjectAccess.export(id, "pdf"), id);
    }

    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response json(@PathParam("id") UUID id) {
        return SubjectAccessResource.json(subjectAccess.export(id, "json"), id);
    }
}
