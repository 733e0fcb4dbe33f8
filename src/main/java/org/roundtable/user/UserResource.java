package org.roundtable.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Versions;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    public record ConferenceKinds(Set<ConferenceKind> conferenceKinds) {
    }

    private final UserService users;

    UserResource(UserService users) {
        this.users = users;
    }

    @GET
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "listUsers", summary = "Users who have signed in, with their agency, roles and conference kinds")
    public List<UserView> list() {
        return users.list();
    }

    @PUT
    @Path("{subject}/conference-kinds")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "setUserConferenceKinds",
            summary = "Set the conference kinds a coordinator or chair works for. Send the user's version in If-Match")
    public UserView setConferenceKinds(@PathParam("subject") String subject, @HeaderParam("If-Match") String ifMatch,
            ConferenceKinds body) {
        if (body == null || body.conferenceKinds() == null) {
            throw new InvalidInputException("conferenceKinds", "Send the conference kinds (an empty list removes them all)");
        }
        Set<ConferenceKind> kinds = body.conferenceKinds().isEmpty() ? EnumSet.noneOf(ConferenceKind.class)
                : EnumSet.copyOf(body.conferenceKinds());
        return users.setConferenceKinds(subject, kinds, Versions.fromIfMatch(ifMatch));
    }
}
