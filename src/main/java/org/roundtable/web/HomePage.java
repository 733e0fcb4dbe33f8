package org.roundtable.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.user.CurrentUser;

/** The start page: who you are, your agency and roles, and what each role lets you do. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(String name, String username, String agencyCode, List<String> roles,
                List<Capabilities.RoleCapabilities> capabilities);

        static native TemplateInstance signedOut();
    }

    private final CurrentUser currentUser;

    HomePage(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GET
    @Authenticated
    @Operation(hidden = true)
    public TemplateInstance home() {
        return Templates.home(currentUser.displayName(), currentUser.username(), currentUser.agencyCode().orElse(null),
                currentUser.roles(), Capabilities.forRoles(currentUser.roles()));
    }

    /** Where Keycloak sends the browser back after sign-in; the original page is restored by Quarkus when known. */
    @GET
    @Path("signed-in")
    @Authenticated
    @Operation(hidden = true)
    public Response signedIn() {
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("signed-out")
    @jakarta.annotation.security.PermitAll
    @Operation(hidden = true)
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
