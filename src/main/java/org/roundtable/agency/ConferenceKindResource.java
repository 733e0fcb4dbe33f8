package org.roundtable.agency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;

@Path("/api/v1/conference-kinds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conference kinds")
public class ConferenceKindResource {

    public record KindView(ConferenceKind code, String name, String subject, List<AgencyView> memberAgencies) {
    }

    public record Members(Set<UUID> agencyIds) {
    }

    private final AgencyService agencies;

    ConferenceKindResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "listConferenceKinds", summary = "The conference kinds with their member agencies")
    public List<KindView> list() {
        return Arrays.stream(ConferenceKind.values())
                .map(kind -> new KindView(kind, kind.label(), kind.subject(), agencies.members(kind)))
                .toList();
    }

    @PUT
    @Path("{kind}/member-agencies")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "setConferenceKindMembers", summary = "Set exactly which agencies are members of a conference kind")
    public List<AgencyView> setMembers(@PathParam("kind") String kind, Members members) {
        if (members == null || members.agencyIds() == null) {
            throw new InvalidInputException("agencyIds", "Send the member agencies' ids");
        }
        return agencies.setMembers(ConferenceKind.parse(kind), new HashSet<>(members.agencyIds()));
    }
}
