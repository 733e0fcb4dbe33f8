package org.roundtable.person;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;

/** How sure Roundtable must be before it proposes an earlier person as a candidate. */
@Path("/api/v1/matching-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class MatchingSettingsResource {

    public record Change(Double candidateMinProbability) {
    }

    private final MatchingSettings settings;

    MatchingSettingsResource(MatchingSettings settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(operationId = "getMatchingSettings",
            summary = "The minimum match probability for a candidate to be shown (default 0.9)")
    public MatchingSettings.View get() {
        return settings.get();
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "updateMatchingSettings",
            summary = "Change the minimum match probability (above 0, below 1); send the version in If-Match; audited")
    public MatchingSettings.View update(@HeaderParam("If-Match") String ifMatch, Change body) {
        return settings.update(body == null ? null : body.candidateMinProbability(), ifMatch);
    }
}
