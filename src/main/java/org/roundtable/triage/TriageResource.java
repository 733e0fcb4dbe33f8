package org.roundtable.triage;

import org.roundtable.web.Limits;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.referral.ReferralView;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;

/** The call-handling script for call-centre software: the same steps as the pages, one request each. */
@Path("/api/v1/triage-calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Call triage")
@RolesAllowed(Role.CALL_HANDLER)
public class TriageResource {

    public record DangerAnswer(Boolean immediateDanger) {
    }

    public record RelationshipAnswer(Boolean domestic) {
    }

    public record Answer(@Size(max = 40, message = "Answer must be one of the choices offered") String value) {
    }

    public record ReferralRequest(@Size(max = Limits.LONG_TEXT, message = "Notes must be {max} characters or fewer") String notes) {
    }

    private final TriageService triage;

    TriageResource(TriageService triage) {
        this.triage = triage;
    }

    @POST
    @Operation(operationId = "startTriageCall", summary = "Start a call; it belongs to the token's agency")
    @APIResponse(responseCode = "201", description = "The call with its reference; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TriageView.class)))
    public Response start() {
        TriageView call = triage.start();
        return Response.created(URI.create("/api/v1/triage-calls/" + call.id())).entity(call).build();
    }

    @GET
    @Operation(operationId = "listTriageCalls", summary = "Your latest calls, newest first")
    public List<TriageView> recent() {
        return triage.recent();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTriageCall", summary = "A call of your agency (403 for another agency's); the read is audited")
    public TriageView get(@PathParam("id") UUID id) {
        return triage.get(id);
    }

    @PUT
    @Path("{id}/danger")
    @Operation(operationId = "answerDanger",
            summary = "Is anyone in immediate danger? true escalates the call and ends the script")
    @APIResponse(responseCode = "200", description = "The call (ended and escalated if someone is in danger)")
    @APIResponse(responseCode = "409", description = "The call is closed, or a referral was started from it")
    public TriageView danger(@PathParam("id") UUID id, DangerAnswer body) {
        return triage.answerDanger(id, body == null ? null : body.immediateDanger());
    }

    @PUT
    @Path("{id}/caller")
    @Operation(operationId = "recordCaller",
            summary = "Who is calling; the answer says at once whether they called before or are known to a conference")
    @APIResponse(responseCode = "200", description = "The call with what is known about the caller")
    @APIResponse(responseCode = "409", description = "The call is closed, or a referral was started from it")
    public TriageView caller(@PathParam("id") UUID id, CallerDetails body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send the caller's details as JSON");
        }
        return triage.recordCaller(id, body);
    }

    @PUT
    @Path("{id}/relationship")
    @Operation(operationId = "answerRelationship",
            summary = "true: a partner, ex-partner or family member (domestic abuse questions); false: anti-social behaviour")
    @APIResponse(responseCode = "200", description = "The call with its script's questions")
    @APIResponse(responseCode = "409", description = "The call is closed, or a referral was started from it")
    public TriageView relationship(@PathParam("id") UUID id, RelationshipAnswer body) {
        return triage.answerRelationship(id, body == null ? null : body.domestic());
    }

    @PUT
    @Path("{id}/answers/{question}")
    @Operation(operationId = "answerTriageQuestion",
            summary = "Answer one question of the script; the last answer gives the band, route and vulnerable flag")
    @APIResponse(responseCode = "200", description = "The call; the last answer completes it with its band, route and flags")
    @APIResponse(responseCode = "409", description = "The relationship is not answered yet, the call is closed, or a referral was started from it")
    public TriageView answer(@PathParam("id") UUID id, @PathParam("question") String question, Answer body) {
        return triage.answer(id, question, body == null ? null : body.value());
    }

    @POST
    @Path("{id}/referral")
    @Operation(operationId = "startReferralFromCall",
            summary = "Start a referral draft of the call's conference kind, pre-filled from the call (409 if already started)")
    @APIResponse(responseCode = "201", description = "The pre-filled draft; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "The call was escalated, is unfinished, or a referral was started from it already")
    public Response referral(@PathParam("id") UUID id, ReferralRequest body) {
        ReferralView draft = triage.startReferral(id, body == null ? null : body.notes());
        return Response.created(URI.create("/api/v1/referrals/" + draft.id())).entity(draft).build();
    }
}
