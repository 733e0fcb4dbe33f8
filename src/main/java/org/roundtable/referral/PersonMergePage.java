package org.roundtable.referral;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.person.PersonMerges;
import org.roundtable.user.Role;
import org.roundtable.web.FormErrors;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;

/** Coordinators compare two people who may be the same, merge them with a reason, and undo a merge. */
@Path("/people/merges")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.COORDINATOR)
public class PersonMergePage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance compare(List<MergeReview.Side> sides, UUID caseId, String survivor, String reason,
                FormErrors errors, String conflict);

        static native TemplateInstance merge(PersonMerges.MergeView merge, List<MergeReview.Side> sides, boolean justDone,
                String reason, FormErrors errors, String conflict);
    }

    private final ReferralService referrals;
    private final MergeReview review;

    PersonMergePage(ReferralService referrals, MergeReview review) {
        this.referrals = referrals;
        this.review = review;
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance compare(@QueryParam("first") UUID first, @QueryParam("second") UUID second,
            @QueryParam("case") UUID caseId) {
        if (first == null || second == null) {
            throw new InvalidInputException("second", "Choose the two people to compare");
        }
        // Nothing pre-selected: which record to keep is a decision, and the link usually offers the newer record first.
        return Templates.compare(review.compare(first, second), caseId, null, null, FormErrors.NONE, null);
    }

    @POST
    @Operation(hidden = true)
    public Response merge(@RestForm UUID first, @RestForm UUID second, @RestForm("case") UUID caseId, @RestForm String survivor,
            @RestForm String reason) {
        if (first == null || second == null) {
            // Only a tampered form lacks them: the compare page that holds this form always sends both.
            throw new InvalidInputException(first == null ? "first" : "second", "Choose the two records to compare");
        }
        boolean keepsSecond = second != null && second.toString().equals(survivor);
        UUID survivorId = keepsSecond ? second : first;
        UUID mergedId = keepsSecond ? first : second;
        try {
            boolean offered = survivor != null && (survivor.equals(String.valueOf(first)) || survivor.equals(String.valueOf(second)));
            if (!offered) {
                throw new InvalidInputException("survivor", "Choose whose record to keep");
            }
            PersonMerges.MergeView merge = referrals.mergePeople(survivorId, mergedId, reason);
            return Response.seeOther(URI.create("/people/merges/" + merge.id() + "?done=merged")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.compare(review.compare(first, second), caseId, survivor, reason,
                    FormErrors.of(e), null)).build();
        } catch (IllegalStateChangeException e) {
            return Response.status(409).entity(Templates.compare(review.compare(first, second), caseId, survivor, reason,
                    FormErrors.NONE, e.getMessage())).build();
        }
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        PersonMerges.MergeView merge = referrals.merge(id);
        return Templates.merge(merge, sides(merge), done != null, null, FormErrors.NONE, null);
    }

    @POST
    @Path("{id}/undo")
    @Operation(hidden = true)
    public Response undo(@PathParam("id") UUID id, @RestForm String reason) {
        try {
            referrals.undoMerge(id, reason);
            return Response.seeOther(URI.create("/people/merges/" + id + "?done=undone")).build();
        } catch (InvalidInputException e) {
            PersonMerges.MergeView merge = referrals.merge(id);
            return Response.status(400).entity(Templates.merge(merge, sides(merge), false, reason, FormErrors.of(e), null)).build();
        } catch (IllegalStateChangeException e) {
            PersonMerges.MergeView merge = referrals.merge(id);
            return Response.status(409).entity(Templates.merge(merge, sides(merge), false, reason, FormErrors.NONE, e.getMessage()))
                    .build();
        }
    }

    private List<MergeReview.Side> sides(PersonMerges.MergeView merge) {
        return review.sidesOf(merge);
    }
}
