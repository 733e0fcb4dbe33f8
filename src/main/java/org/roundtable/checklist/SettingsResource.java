package org.roundtable.checklist;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Versions;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class SettingsResource {

    private final SettingsService settings;

    SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(operationId = "listConferenceSettings", summary = "Thresholds of every conference kind")
    public List<SettingsView> all() {
        return settings.all();
    }

    @PUT
    @Path("{kind}")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "updateConferenceSettings",
            summary = "Change a conference kind's thresholds; send its version in If-Match")
    public SettingsView update(@PathParam("kind") String kind, @HeaderParam("If-Match") String ifMatch, SettingsForm form) {
        if (form == null) {
            throw new InvalidInputException("body", "Send the settings as JSON");
        }
        return settings.update(ConferenceKind.parse(kind), form, Versions.fromIfMatch(ifMatch));
    }
}
