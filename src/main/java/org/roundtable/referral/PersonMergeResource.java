package org.roundtable.referral;

import org.roundtable.web.Limits;
import jakarta.validation.constraints.Size;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.person.PersonMerges;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;

/** Coordinators merge two person records found to be the same person, and undo a merge. */
@Path("/api/v1/people/merges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
@RolesAllowed(Role.COORDINATOR)
public class PersonMergeResource {

    public record MergeRequest(UUID survivorId, UUID mergedId,
            @Size(max = Limits.REASON, message = "Reason must be {max} characters or fewer") String reason) {
    }

    public record UndoRequest(@Size(max = Limits.REASON, message = "Reason must be {max} characters or fewer") String reason) {
    }

    private final ReferralService referrals;

    PersonMergeResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    @POST
    @Operation(operationId = "mergePeople",
            summary = "Merge mergedId into survivorId, with the reason; both must be on referrals of a kind you coordinate")
    @APIResponse(responseCode = "201", description = "Merged; Location names the merge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonMerges.MergeView.class)))
    @APIResponse(responseCode = "409", description = "Either person was merged into another record already")
    public Response merge(MergeRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send survivorId, mergedId and reason as JSON");
        }
        PersonMerges.MergeView merge = referrals.mergePeople(body.survivorId(), body.mergedId(), body.reason());
        return Response.created(URI.create("/api/v1/people/merges/" + merge.id())).entity(merge).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPersonMerge", summary = "A merge: who, when, why, what it moved, and whether it was undone")
    public PersonMerges.MergeView get(@PathParam("id") UUID id) {
        return referrals.merge(id);
    }

    @POST
    @Path("{id}/undo")
    @Operation(operationId = "undoPersonMerge",
            summary = "Undo a merge, with the reason: every link and identity it moved goes back (409 if already undone)")
    @APIResponse(responseCode = "200", description = "The merge, marked undone")
    @APIResponse(responseCode = "409", description = "The merge was undone already")
    public PersonMerges.MergeView undo(@PathParam("id") UUID id, UndoRequest body) {
        return referrals.undoMerge(id, body == null ? null : body.reason());
    }
}
