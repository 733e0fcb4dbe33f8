package org.roundtable.conference;

import org.roundtable.access.RoleGroup;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The screen in the room: the case being heard and nothing else. It follows the chair by polling a small stamp
 * (with scripts); without them a refresh shows the case heard now.
 */
@Path("/meetings/{id}/present")
public class PresentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance present(Presenting.Presentation shown, String stamp);
    }

    private final Presenting presenting;

    PresentPage(Presenting presenting) {
        this.presenting = presenting;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(hidden = true)
    public TemplateInstance present(@PathParam("id") UUID id) {
        return Templates.present(presenting.present(id), presenting.stamp(id));
    }

    /** Changes whenever what the screen shows may have: the screen polls it and reloads when it differs. */
    @GET
    @Path("stamp")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(hidden = true)
    public Response stamp(@PathParam("id") UUID id) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(presenting.stamp(id)).cacheControl(noStore).build();
    }
}
