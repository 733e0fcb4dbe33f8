package org.roundtable.checklist;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;

@Path("/api/v1/checklists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checklists")
public class ChecklistResource {

    private final ChecklistService checklists;

    ChecklistResource(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.CHECKLIST_READERS)
    @Operation(operationId = "listChecklists", summary = "The current version of every checklist")
    public List<ChecklistView> current() {
        return checklists.currentVersions();
    }

    @GET
    @Path("{code}")
    @RolesAllowed(RoleGroup.Allowed.CHECKLIST_READERS)
    @Operation(operationId = "getChecklist",
            summary = "The current version of one checklist (DASH_RIC, ASB_MATRIX, SARAC_CRITERIA)")
    public ChecklistView one(@PathParam("code") String code) {
        return checklists.current(code);
    }

    @GET
    @Path("{code}/versions")
    @RolesAllowed(RoleGroup.Allowed.CHECKLIST_READERS)
    @Operation(operationId = "listChecklistVersions", summary = "Every published version, newest first")
    public List<ChecklistView> history(@PathParam("code") String code) {
        return checklists.history(code);
    }

    @GET
    @Path("{code}/versions/{version}")
    @RolesAllowed(RoleGroup.Allowed.CHECKLIST_READERS)
    @Operation(operationId = "getChecklistVersion", summary = "One published version, to explain an old score")
    public ChecklistView version(@PathParam("code") String code, @PathParam("version") int version) {
        return checklists.version(code, version);
    }

    @POST
    @Path("{code}/versions")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "publishChecklistVersion",
            summary = "Publish a new version (questions, weights, bands). A stale basedOnVersion gets 409")
    @APIResponse(responseCode = "201", description = "Published; Location names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChecklistView.class)))
    @APIResponse(responseCode = "409", description = "Another version was published since basedOnVersion")
    public Response publish(@PathParam("code") String code, PublishRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "Send the new version as JSON");
        }
        ChecklistView published = checklists.publish(code, request);
        return Response.created(URI.create("/api/v1/checklists/" + code + "/versions/" + published.version())).entity(published).build();
    }

    @POST
    @Path("{code}/score")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS_AND_COORDINATORS)
    @Operation(operationId = "scoreChecklist",
            summary = "Score answers on the current version without saving them (the server computes every score)")
    public Score score(@PathParam("code") String code, Map<String, String> answers) {
        return checklists.preview(code, answers);
    }
}
