package org.roundtable.action;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Limits;
import org.roundtable.web.Versions;

/** Actions owned by agencies: the agency inbox, my actions, assigning, updates, adding one between meetings, the summary. */
@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actions")
public class ActionResource {

    public record NewAction(UUID referralId,
            @Size(max = Limits.SHORT_CODE, message = "Owner must be an agency's short code") String owner,
            @Size(max = Limits.REASON, message = "Description must be {max} characters or fewer") String description, LocalDate dueOn) {
    }

    public record Assignment(@Size(max = Limits.PERSON_LABEL, message = "Assignee must be a user's id") String assignee) {
    }

    public record Progress(Action.Status status, Action.NotDoneCategory category,
            @Size(max = Limits.REASON, message = "Note must be {max} characters or fewer") String note) {
    }

    private final ActionService actions;
    private final ActionSummary summary;

    ActionResource(ActionService actions, ActionSummary summary) {
        this.actions = actions;
        this.summary = summary;
    }

    @GET
    @Path("inbox")
    @RolesAllowed(Role.AGENCY_SPOC)
    @Operation(operationId = "getAgencyInbox",
            summary = "Your agency's actions, overdue first then by due date; filters kind, meeting, due=week|overdue")
    public List<ActionView> inbox(@QueryParam("kind") String kind, @QueryParam("meeting") String meeting, @QueryParam("due") String due) {
        return actions.agencyInbox(Filters.parse(kind, meeting, due));
    }

    @GET
    @Path("mine")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "getMyActions", summary = "Actions assigned to you, overdue first then by due date; same filters as the inbox")
    public List<ActionView> mine(@QueryParam("kind") String kind, @QueryParam("meeting") String meeting, @QueryParam("due") String due) {
        return actions.mine(Filters.parse(kind, meeting, due));
    }

    @GET
    @Path("summary")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "getActionSummary",
            summary = "A conference kind's actions by agency: open, done, not done by reason, overdue, median days to complete")
    public List<ActionSummary.AgencyRow> summary(@QueryParam("kind") String kind) {
        var parsed = Filters.kind(kind);
        if (parsed == null) {
            throw new InvalidInputException("kind", "Choose MARAC, ASBRAC or SARAC");
        }
        return summary.byAgency(parsed);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "getAction", summary = "An action of your agency (or of a conference you coordinate or chair) with its updates")
    public ActionView get(@PathParam("id") UUID id) {
        return actions.read(id);
    }

    @POST
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "addActionBetweenMeetings",
            summary = "Add an action to a case between meetings: referralId, owning agency (short code), what, due date")
    @APIResponse(responseCode = "201", description = "The action added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response add(NewAction body) {
        if (body == null) {
            throw new InvalidInputException("referralId", "Send the action as JSON");
        }
        ActionView added = actions.addBetweenMeetings(body.referralId(), body.owner(), body.description(), body.dueOn());
        return Response.created(URI.create("/api/v1/actions/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("{id}/assignee")
    @RolesAllowed(RoleGroup.Allowed.ACTION_ASSIGNERS)
    @Operation(operationId = "assignAction", summary = "Assign the action to a colleague of the owning agency (If-Match: its version)")
    @APIResponse(responseCode = "200", description = "The action, assigned")
    @APIResponse(responseCode = "409", description = "Someone changed the action meanwhile, or it is finished")
    public ActionView assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Assignment body) {
        return actions.assign(id, body == null ? null : body.assignee(), Versions.fromIfMatch(ifMatch));
    }

    @POST
    @Path("{id}/updates")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "updateAction",
            summary = "Record progress: a note and/or IN_PROGRESS, DONE, or NOT_DONE with a category and text (If-Match: its version)")
    @APIResponse(responseCode = "200", description = "The action with the new update")
    @APIResponse(responseCode = "409", description = "Someone changed the action meanwhile, or it is finished")
    public ActionView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Progress body) {
        if (body == null) {
            throw new InvalidInputException("status", "Say what has happened, or choose a new status");
        }
        return actions.update(id, body.status(), body.category(), body.note(), Versions.fromIfMatch(ifMatch));
    }
}
