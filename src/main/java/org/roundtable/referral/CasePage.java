package org.roundtable.referral;

import org.roundtable.access.RoleGroup;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.checklist.ChecklistService;
import org.roundtable.user.Role;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;

/** A case as each reader may see it, the coordinators' screening queue, and case search. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
public class CasePage {

    public record Typed(String reason, String signposting, String question, String answer, String repeatDecision, String repeatReason) {

        static final Typed NOTHING = new Typed(null, null, null, null, null, null);
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance show(ReferralView referral, List<FieldSpec> checklistFields, FormErrors errors, Typed typed,
                String conflict, List<MergeReview.PossibleDuplicate> duplicates, boolean mayCheckDuplicates, boolean duplicatesCheckedNow,
                List<MergeReview.MergeOnCase> merges, List<org.roundtable.action.ActionView> actions, boolean mayAddAction,
                boolean mayDecideRepeat);

        static native TemplateInstance screening(List<ReferralView> queue);

        static native TemplateInstance search(List<ReferralView> results, boolean searched, FormErrors errors, String reference,
                String firstName, String lastName, String day, String month, String year);
    }

    private final ReferralService referrals;
    private final ChecklistService checklists;
    private final MergeReview mergeReview;
    private final org.roundtable.action.ActionService actions;
    private final RepeatOverrides repeats;

    CasePage(ReferralService referrals, ChecklistService checklists, MergeReview mergeReview, org.roundtable.action.ActionService actions,
            RepeatOverrides repeats) {
        this.referrals = referrals;
        this.checklists = checklists;
        this.mergeReview = mergeReview;
        this.actions = actions;
        this.repeats = repeats;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("duplicates") String duplicates) {
        return page(referrals.get(id), FormErrors.NONE, Typed.NOTHING, null, "checked".equals(duplicates));
    }

    @POST
    @Path("{id}/duplicates")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public Response checkDuplicates(@PathParam("id") UUID id) {
        mergeReview.checkNow(referrals.get(id));
        return Response.seeOther(URI.create("/cases/" + id + "?duplicates=checked")).build();
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(RoleGroup.Allowed.REFERRAL_TRANSITIONERS)
    @Operation(hidden = true)
    public Response transition(@PathParam("id") UUID id, @RestForm String to, @RestForm String reason, @RestForm String signposting,
            @RestForm String question, @RestForm String answer, @RestForm long version) {
        Typed typed = new Typed(reason, signposting, question, answer, null, null);
        ReferralState target;
        try {
            target = ReferralState.valueOf(to);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("to", "Choose what to do with the referral");
        }
        try {
            referrals.transition(id, new TransitionRequest(target, reason, signposting, question, answer), version);
            return Response.seeOther(URI.create("/cases/" + id + "?done=" + target.name())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(referrals.get(id), FormErrors.of(e), typed, null)).build();
        } catch (StaleEditException e) {
            ReferralView current = (ReferralView) e.current();
            return Response.status(409).entity(page(current, FormErrors.NONE, typed, e.getMessage())).build();
        }
    }

    @POST
    @Path("{id}/repeat")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public Response decideRepeat(@PathParam("id") UUID id, @RestForm String repeatDecision, @RestForm String repeatReason,
            @RestForm long version) {
        Typed typed = new Typed(null, null, null, null, repeatDecision, repeatReason);
        RepeatDecision.Answer answer = java.util.Arrays.stream(RepeatDecision.Answer.values())
                .filter(a -> a.name().equals(repeatDecision)).findFirst().orElse(null);
        try {
            repeats.decide(id, new RepeatDecision(answer, repeatReason), version);
            return Response.seeOther(URI.create("/cases/" + id + "?done=repeat")).build();
        } catch (InvalidInputException e) {
            // The case page has other forms with a reason: these fields carry their own names there.
            List<FieldError> errors = e.errors().stream().map(error -> new FieldError(switch (error.field()) {
                case "decision" -> "repeatDecision";
                case "reason" -> "repeatReason";
                default -> error.field();
            }, error.message())).toList();
            return Response.status(400).entity(page(referrals.get(id), new FormErrors(errors), typed, null)).build();
        } catch (StaleEditException e) {
            ReferralView current = (ReferralView) e.current();
            return Response.status(409).entity(page(current, FormErrors.NONE, typed, e.getMessage())).build();
        }
    }

    @GET
    @Path("screening")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public TemplateInstance screening() {
        return Templates.screening(referrals.screeningQueue());
    }

    @GET
    @Path("search")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(hidden = true)
    public Response search(@QueryParam("reference") String reference, @QueryParam("firstName") String firstName,
            @QueryParam("lastName") String lastName, @QueryParam("dob-day") String day, @QueryParam("dob-month") String month,
            @QueryParam("dob-year") String year) {
        boolean byReference = reference != null && !reference.isBlank();
        boolean dateGiven = !blank(day) || !blank(month) || !blank(year);
        boolean byName = !blank(firstName) || !blank(lastName) || dateGiven;
        if (!byReference && !byName) {
            return Response.ok(Templates.search(List.of(), false, FormErrors.NONE, reference, firstName, lastName, day, month, year)).build();
        }
        try {
            LocalDate dateOfBirth = null;
            if (!byReference) {
                // Every problem at once: the last name and the (optional) date of birth.
                List<FieldError> errors = new java.util.ArrayList<>(org.roundtable.person.CaseNameSearch.problems(lastName));
                dateOfBirth = dateGiven ? org.roundtable.web.DateFields.parse(day, month, year, "dob", errors) : null;
                if (dateGiven && dateOfBirth == null && errors.stream().noneMatch(e -> e.field().startsWith("dob"))) {
                    errors.add(new FieldError("dob", "Enter a real date of birth, for example 27 3 1990"));
                }
                if (!errors.isEmpty()) {
                    throw new InvalidInputException(errors);
                }
            }
            var results = referrals.search(reference, firstName, lastName, dateOfBirth);
            return Response.ok(Templates.search(results, true, FormErrors.NONE, reference, firstName, lastName, day, month, year)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.search(List.of(), false, FormErrors.of(e), reference, firstName, lastName,
                    day, month, year)).build();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private TemplateInstance page(ReferralView referral, FormErrors errors, Typed typed, String conflict) {
        return page(referral, errors, typed, conflict, false);
    }

    private TemplateInstance page(ReferralView referral, FormErrors errors, Typed typed, String conflict, boolean duplicatesCheckedNow) {
        var checklist = referral.checklistCode() == null ? null
                : referral.checklistVersion() == null ? checklists.currentFor(referral.kind())
                : checklists.version(referral.checklistCode(), referral.checklistVersion());
        return Templates.show(referral, checklist == null ? List.of()
                : ReferralForms.fields(Section.CHECKLIST, checklist.definition()).stream().filter(FieldSpec::isRadios).toList(),
                errors, typed, conflict, mergeReview.possibleDuplicates(referral), mergeReview.mayCheck(referral), duplicatesCheckedNow,
                mergeReview.mergesOnCase(referral),
                actions.visibleOnCase(referral.id()), referral.reference() != null && actions.mayAdd(referral.kind()),
                repeats.mayDecide(referral));
    }


}
