package org.roundtable.referral;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Versions;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {

    public record NewReferral(String kind, ReferralDraft draft) {
    }

    private final ReferralService referrals;
    private final RepeatOverrides repeats;

    ReferralResource(ReferralService referrals, RepeatOverrides repeats) {
        this.referrals = referrals;
        this.repeats = repeats;
    }

    @POST
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(operationId = "createReferral",
            summary = "Start a draft referral for a conference kind (MARAC, ASBRAC, SARAC); the referring agency is the token's")
    @APIResponse(responseCode = "201", description = "The draft; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public Response create(NewReferral body) {
        if (body == null || body.kind() == null) {
            throw new InvalidInputException("kind", "Choose the conference: MARAC, ASBRAC or SARAC");
        }
        ReferralView created = referrals.createDraft(ConferenceKind.parse(body.kind()), body.draft());
        return Response.created(URI.create("/api/v1/referrals/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "getReferral",
            summary = "A referral, as much of it as the access rules let you see (403 otherwise); the read is audited")
    @APIResponse(responseCode = "200", description = "The referral as you may see it; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    public Response get(@PathParam("id") UUID id) {
        ReferralView referral = referrals.get(id);
        return Response.ok(referral).tag(String.valueOf(referral.version())).build();
    }

    @PUT
    @Path("{id}/draft")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(operationId = "saveReferralDraft",
            summary = "Save the draft as typed (nothing is checked until submit); If-Match: the version you read")
    public ReferralView saveDraft(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ReferralDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Send the draft as JSON");
        }
        return referrals.saveDraft(id, draft, Versions.fromIfMatch(ifMatch));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(operationId = "submitReferral",
            summary = "Check and submit a draft: people become person records, the checklist is scored, a reference is given")
    public ReferralView submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return referrals.submit(id, Versions.fromIfMatch(ifMatch));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(RoleGroup.Allowed.REFERRAL_TRANSITIONERS)
    @Operation(operationId = "transitionReferral",
            summary = "Move a referral on (accept, screen out, return with a question, answer, withdraw, close); "
            + "409 for a transition the lifecycle does not allow or a stale If-Match")
    public ReferralView transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TransitionRequest request) {
        return referrals.transition(id, request, Versions.fromIfMatch(ifMatch));
    }

    @PUT
    @Path("{id}/repeat")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "decideReferralRepeat",
            summary = "A coordinator of the kind answers whether the referral is a repeat (decision REPEAT or NOT_A_REPEAT, with a "
            + "reason); the answer stands over Roundtable's rule until BY_THE_RULE clears it. If-Match: the version you read")
    public ReferralView decideRepeat(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, RepeatDecision decision) {
        if (decision == null) {
            throw new InvalidInputException("body", "Send the decision as JSON");
        }
        return repeats.decide(id, decision, Versions.fromIfMatch(ifMatch));
    }

    @GET
    @Path("screening-queue")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "listScreeningQueue",
            summary = "Submitted referrals of the conference kinds you coordinate, oldest first")
    public List<ReferralView> screeningQueue() {
        return referrals.screeningQueue();
    }

    @GET
    @Path("mine")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(operationId = "listMyReferrals", summary = "Your agency's referrals that you may see, newest first")
    public List<ReferralView> mine() {
        return referrals.mine();
    }

    @GET
    @Path("search")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "searchReferrals",
            summary = "Find referrals you may see by reference, or by name: at least 2 letters of the start of a last name, "
            + "optionally narrowed by the start of a first name and a date of birth (yyyy-mm-dd)")
    public List<ReferralView> search(@QueryParam("reference") String reference, @QueryParam("firstName") String firstName,
            @QueryParam("lastName") String lastName, @QueryParam("dateOfBirth") String dateOfBirth) {
        return referrals.search(reference, firstName, lastName, date(dateOfBirth));
    }

    @GET
    @Path("person-matches")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS_AND_COORDINATORS)
    @Operation(operationId = "findPersonMatches",
            summary = "Earlier people who may be this one (fuzzy: misspelt, swapped or aliased names, mistyped dates of birth, "
            + "same contact or address), at most 5, best first, with reasons and the conferences that knew them; no case details")
    public List<ReferralService.PersonMatch> personMatches(@QueryParam("firstName") String firstName,
            @QueryParam("lastName") String lastName, @QueryParam("dateOfBirth") String dateOfBirth, @QueryParam("email") String email,
            @QueryParam("phone") String phone, @QueryParam("postcode") String postcode, @QueryParam("town") String town) {
        return referrals.personMatches(new org.roundtable.person.MatchQuery(firstName, lastName, date(dateOfBirth), email, phone,
                postcode, town));
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("dateOfBirth", "Enter a real date of birth, for example 1990-03-27");
        }
    }
}
