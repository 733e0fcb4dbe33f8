package org.roundtable.contact;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.web.Limits;
import org.roundtable.web.Versions;

/** The advocate services' caseload: list, allocate, close and reopen support. */
@Path("/api/v1/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Advocates")
public class CaseloadResource {

    /** Who to allocate to: leave advocateSubject out to take the case yourself. */
    public record Allocation(@Size(max = Limits.PERSON_LABEL, message = "Advocate must be {max} characters or fewer") String advocateSubject) {
    }

    public record Closing(Choices.ClosureReason reason, Choices.Change physicalAbuse, Choices.Change sexualAbuse,
            Choices.Change harassmentAndStalking, Choices.Change jealousAndControlling, Choices.FeelsSafer feelsSafer) {
    }

    public record Reopening(@Size(max = Limits.REASON, message = "Reason must be {max} characters or fewer") String reason) {
    }

    private final Caseload caseload;

    CaseloadResource(Caseload caseload) {
        this.caseload = caseload;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "listCaseload", summary = "Your cases and your service's unallocated ones (all of the kind for the "
            + "service's SPOC, coordinators and chairs), highest risk first, then oldest referral; 403 outside the advocate service")
    public List<CaseloadRow> list() {
        return caseload.list();
    }

    @GET
    @Path("{referralId}")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "getCaseloadEntry", summary = "A case's allocation, support, closure outcomes and history")
    public CaseloadEntryView get(@PathParam("referralId") UUID referralId) {
        return caseload.entry(referralId);
    }

    @POST
    @Path("{referralId}/allocation")
    @RolesAllowed(RoleGroup.Allowed.ADVOCATE_SERVICE)
    @Operation(operationId = "allocateCase", summary = "Allocate the case: to yourself (an advocate, no advocateSubject) or, "
            + "for the service's SPOC, to a named advocate; If-Match: the entry's version")
    @APIResponse(responseCode = "200", description = "The entry as allocated")
    @APIResponse(responseCode = "409", description = "A stale If-Match, closed support, or already allocated to that advocate")
    public CaseloadEntryView allocate(@PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch,
            Allocation body) {
        long version = Versions.fromIfMatch(ifMatch);
        if (body == null || body.advocateSubject() == null || body.advocateSubject().isBlank()) {
            return caseload.take(referralId, version);
        }
        return caseload.allocateTo(referralId, body.advocateSubject(), version);
    }

    @POST
    @Path("{referralId}/closure")
    @RolesAllowed(RoleGroup.Allowed.ADVOCATE_SERVICE)
    @Operation(operationId = "closeSupport", summary = "Close support with a reason and outcomes compared with intake; "
            + "the referral's own state does not change; If-Match: the entry's version")
    @APIResponse(responseCode = "200", description = "The entry with support closed")
    @APIResponse(responseCode = "409", description = "A stale If-Match, or support closed already")
    public CaseloadEntryView close(@PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch, Closing body) {
        return caseload.close(referralId, body, Versions.fromIfMatch(ifMatch));
    }

    @POST
    @Path("{referralId}/reopening")
    @RolesAllowed(RoleGroup.Allowed.ADVOCATE_SERVICE)
    @Operation(operationId = "reopenSupport", summary = "Reopen closed support, with a reason; If-Match: the entry's version")
    @APIResponse(responseCode = "200", description = "The entry with support open again")
    @APIResponse(responseCode = "409", description = "A stale If-Match, or support open already")
    public CaseloadEntryView reopen(@PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch, Reopening body) {
        return caseload.reopen(referralId, body == null ? null : body.reason(), Versions.fromIfMatch(ifMatch));
    }
}
