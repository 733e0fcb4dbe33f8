package org.roundtable.review;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;
import org.roundtable.web.Versions;

/** The ASBRAC six-month review of each heard case, for the ASBRAC's coordinators. */
@Path("/api/v1/six-month-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Six-month reviews")
public class SixMonthReviewResource {

    private final SixMonthReviews reviews;

    SixMonthReviewResource(SixMonthReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("due")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "listDueSixMonthReviews",
            summary = "ASBRAC cases first heard six months ago or more whose review is not yet recorded, the longest waiting first")
    public List<DueReview> due() {
        return reviews.due();
    }

    @GET
    @Path("{referralId}")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "getSixMonthReview", summary = "A heard ASBRAC case's six-month review: dates, whether due, the answers")
    public ReviewView get(@PathParam("referralId") UUID referralId) {
        return reviews.get(referralId);
    }

    @PUT
    @Path("{referralId}")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "recordSixMonthReview", summary = "Record or change the two answers of a due six-month review; "
            + "If-Match: the review's version (0 before it is first recorded)")
    @APIResponse(responseCode = "200", description = "The review as recorded")
    @APIResponse(responseCode = "409", description = "A stale If-Match, or the review is not due yet")
    public ReviewView record(@PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch, ReviewAnswers answers) {
        return reviews.record(referralId, answers, Versions.fromIfMatch(ifMatch));
    }
}
