package org.roundtable.trigger;

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
import org.roundtable.web.Versions;

@Path("/api/v1/community-trigger-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class TriggerRulesResource {

    private final CommunityTriggerRules rules;

    TriggerRulesResource(CommunityTriggerRules rules) {
        this.rules = rules;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(operationId = "getCommunityTriggerRules",
            summary = "Which Community Trigger (ASB case review) rules the partnership uses: complaints, same problem, hate incident")
    public TriggerRulesView get() {
        return rules.get();
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "updateCommunityTriggerRules",
            summary = "Switch Community Trigger rules on or off and set the same-problem numbers; send the version in If-Match")
    public TriggerRulesView update(@HeaderParam("If-Match") String ifMatch, TriggerRulesForm form) {
        return rules.update(form, Versions.fromIfMatch(ifMatch));
    }
}
