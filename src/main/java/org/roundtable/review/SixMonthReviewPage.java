package org.roundtable.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.user.Role;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** The ASBRAC coordinators' list of six-month reviews due, and the two questions of one case's review. */
@Path("/six-month-reviews")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.COORDINATOR)
public class SixMonthReviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance due(List<DueReview> due, String recorded);

        static native TemplateInstance review(ReviewView review, Map<String, String> typed, long version, FormErrors errors, String conflict);
    }

    private final SixMonthReviews reviews;

    SixMonthReviewPage(SixMonthReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance due(@QueryParam("recorded") String recorded) {
        return Templates.due(reviews.due(), recorded);
    }

    @GET
    @Path("{referralId}")
    @Operation(hidden = true)
    public TemplateInstance review(@PathParam("referralId") UUID referralId) {
        ReviewView review = reviews.get(referralId);
        return Templates.review(review, typed(review), review.version(), FormErrors.NONE, null);
    }

    @POST
    @Path("{referralId}")
    @Operation(hidden = true)
    public Response record(@PathParam("referralId") UUID referralId, @RestForm String furtherIncidents,
            @RestForm String closedWithRiskReduced, @RestForm String version) {
        Map<String, String> typed = Map.of("furtherIncidents", trimmed(furtherIncidents), "closedWithRiskReduced",
                trimmed(closedWithRiskReduced));
        long expected = 0;
        try {
            expected = Versions.fromForm(version);
            List<FieldError> errors = new ArrayList<>();
            ReviewAnswers answers = new ReviewAnswers(yesNo(typed, "furtherIncidents",
                    "Say whether further incidents were reported in the six months", errors),
                    yesNo(typed, "closedWithRiskReduced", "Say whether the case was closed with the risk reduced", errors));
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            ReviewView recorded = reviews.record(referralId, answers, expected);
            return Response.seeOther(URI.create("/six-month-reviews?recorded=" + recorded.reference())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.review(reviews.get(referralId), typed, expected, FormErrors.of(e), null)).build();
        } catch (StaleEditException e) {
            ReviewView theirs = (ReviewView) e.current();
            return Response.status(409).entity(Templates.review(theirs, typed, theirs.version(), FormErrors.NONE,
                    "Someone recorded this review while you were answering: their answers are shown above the form. "
                            + "Check your answers and send them again.")).build();
        } catch (IllegalStateChangeException e) {
            return Response.status(409).entity(Templates.review(reviews.get(referralId), typed, expected, FormErrors.NONE, e.getMessage()))
                    .build();
        }
    }

    private static Boolean yesNo(Map<String, String> typed, String field, String message, List<FieldError> errors) {
        String value = typed.get(field);
        if (value.equals("yes") || value.equals("no")) {
            return value.equals("yes");
        }
        errors.add(new FieldError(field, message));
        return null;
    }

    private static Map<String, String> typed(ReviewView review) {
        return Map.of("furtherIncidents", yesNo(review.furtherIncidents()), "closedWithRiskReduced", yesNo(review.closedWithRiskReduced()));
    }

    private static String yesNo(Boolean answer) {
        return answer == null ? "" : answer ? "yes" : "no";
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
