package org.roundtable.user;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {

    public record Me(String subject, String username, String name, String agency, List<String> roles) {
    }

    private final CurrentUser currentUser;

    MeResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GET
    @Authenticated
    @Operation(operationId = "getMe", summary = "Who the token belongs to: name, agency and roles")
    public Me me() {
        return new Me(currentUser.subject(), currentUser.username(), currentUser.displayName(),
                currentUser.agencyCode().orElse(null), currentUser.roles());
    }
}
