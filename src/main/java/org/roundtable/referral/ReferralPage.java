package org.roundtable.referral;

import org.roundtable.access.Viewers;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.checklist.ChecklistDefinition;
import org.roundtable.checklist.ChecklistService;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Versions;
import org.roundtable.web.StaleEditException;

/** The referral form as GOV.UK pages: start, task list, sections, check your answers, confirmation. */
@Path("/referrals")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
public class ReferralPage {

    public record Task(Section section, String status, String href) {
    }

    public record MatchOffer(String value, String label) {
    }

    /** Earlier people who may be the one just entered: the radio field that links one, and what to ask. */
    public record MatchOffers(String field, String heading, String question, List<MatchOffer> options, String notice) {

        static final MatchOffers NONE = new MatchOffers("", "", "", List.of(), "");

        /** Something to show before going on: people to choose from, or why none were looked for or shown. */
        boolean worthShowing() {
            return !options.isEmpty() || !notice.isEmpty();
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance list(List<ReferralView> referrals);

        static native TemplateInstance start(FormErrors errors, List<ConferenceKind> kinds, String usual);

        static native TemplateInstance tasks(ReferralView referral, List<Task> tasks, int completed);

        static native TemplateInstance section(ReferralView referral, Section section, List<FieldSpec> fields,
                Map<String, String> values, FormErrors errors, MatchOffers matches, boolean conflict);

        static native TemplateInstance check(ReferralView referral, List<Task> tasks, Map<String, String> values,
                List<FieldSpec> checklistFields, FormErrors errors);

        static native TemplateInstance confirmation(ReferralView referral);
    }

    private final ReferralService referrals;
    private final ChecklistService checklists;
    private final Viewers viewers;

    ReferralPage(ReferralService referrals, ChecklistService checklists, Viewers viewers) {
        this.referrals = referrals;
        this.checklists = checklists;
        this.viewers = viewers;
    }

    /** The kind preselected for this user ({@link UsualReferralKind}), as the radio's value, or null. */
    private String usualKind() {
        return UsualReferralKind.of(viewers.current()).map(Enum::name).orElse(null);
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(referrals.mine());
    }

    @GET
    @Path("new")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(hidden = true)
    public TemplateInstance start() {
        return Templates.start(FormErrors.NONE, Arrays.asList(ConferenceKind.values()), usualKind());
    }

    @POST
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(hidden = true)
    public Response create(@RestForm String kind) {
        if (kind == null || Arrays.stream(ConferenceKind.values()).noneMatch(k -> k.name().equals(kind))) {
            return Response.status(400).entity(Templates.start(new FormErrors(List.of(new FieldError("kind",
                    "Choose the conference to refer to"))), Arrays.asList(ConferenceKind.values()), null)).build();
        }
        ReferralView draft = referrals.createDraft(ConferenceKind.valueOf(kind), null);
        return Response.seeOther(URI.create("/referrals/" + draft.id() + "/tasks")).build();
    }

    @GET
    @Path("{id}/tasks")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(hidden = true)
    public Response tasks(@PathParam("id") UUID id) {
        ReferralView referral = referrals.get(id);
        if (referral.draft() == null || referral.state() != ReferralState.DRAFT) {
            return Response.seeOther(URI.create("/cases/" + id)).build();
        }
        List<Task> tasks = tasks(referral);
        return Response.ok(Templates.tasks(referral, tasks, (int) tasks.stream().filter(t -> t.status().equals("Completed")).count())).build();
    }

    @GET
    @Path("{id}/sections/{section}")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(hidden = true)
    public TemplateInstance section(@PathParam("id") UUID id, @PathParam("section") String slug) {
        ReferralView referral = referrals.get(id);
        Section section = Section.fromSlug(slug);
        requireDraft(referral);
        // A referrer who left before answering whether this is someone recorded before is asked again.
        return Templates.section(referral, section, ReferralForms.fields(section, checklist(referral)),
                ReferralForms.values(referral.draft()), FormErrors.NONE, matchOffers(section, referral.draft()), false);
    }

    @POST
    @Path("{id}/sections/{section}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(hidden = true)
    public Response saveSection(@PathParam("id") UUID id, @PathParam("section") String slug, MultivaluedMap<String, String> form) {
        ReferralView referral = referrals.get(id);
        Section section = Section.fromSlug(slug);
        requireDraft(referral);
        ChecklistDefinition checklist = checklist(referral);
        List<FieldError> parseErrors = new ArrayList<>();
        ReferralDraft changed = ReferralForms.apply(section, referral.draft(), form, parseErrors);
        long version = Versions.fromForm(form.getFirst("version"));
        ReferralView saved;
        try {
            saved = referrals.saveDraft(id, changed, version);
        } catch (StaleEditException e) {
            ReferralView current = (ReferralView) e.current();
            return Response.status(409).entity(Templates.section(current, section, ReferralForms.fields(section, checklist),
                    typed(form), FormErrors.NONE, MatchOffers.NONE, true)).build();
        }
        List<FieldError> errors = new ArrayList<>(parseErrors);
        ReferralForms.check(section, saved.draft(), checklist).stream()
                .filter(e -> parseErrors.stream().noneMatch(p -> p.field().equals(e.field()))).forEach(errors::add);
        boolean wantsCheck = section == Section.CHECKLIST && "later".equals(form.getFirst("continue"));
        if (!errors.isEmpty() && !wantsCheck) {
            Map<String, String> values = ReferralForms.values(saved.draft());
            values.putAll(typed(form));
            return Response.status(400).entity(Templates.section(saved, section, ReferralForms.fields(section, checklist), values,
                    new FormErrors(errors).summarising(ReferralForms.ANSWER_FIELD, ReferralPage::notAnswered), MatchOffers.NONE, false))
                    .build();
        }
        MatchOffers offers = matchOffers(section, saved.draft());
        if (offers.worthShowing()) {
            return Response.ok(Templates.section(saved, section, ReferralForms.fields(section, checklist),
                    ReferralForms.values(saved.draft()), FormErrors.NONE, offers, false)).build();
        }
        return Response.seeOther(URI.create("/referrals/" + id + "/tasks")).build();
    }

    @GET
    @Path("{id}/check")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(hidden = true)
    public TemplateInstance check(@PathParam("id") UUID id) {
        ReferralView referral = referrals.get(id);
        requireDraft(referral);
        return checkPage(referral, FormErrors.NONE);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(hidden = true)
    public Response submit(@PathParam("id") UUID id, @RestForm String version) {
        try {
            referrals.submit(id, Versions.fromForm(version));
            return Response.seeOther(URI.create("/referrals/" + id + "/confirmation")).build();
        } catch (InvalidInputException e) {
            ReferralView referral = referrals.get(id);
            List<String> unanswered = e.errors().stream().map(FieldError::field).filter(field -> field.startsWith("answers."))
                    .map(field -> field.substring("answers.".length())).toList();
            List<FieldError> linked = new ArrayList<>(e.errors().stream().filter(error -> !error.field().startsWith("answers."))
                    .map(error -> new FieldError("/referrals/" + id + "/sections/" + ReferralForms.sectionOf(error.field()).slug(),
                            error.message())).toList());
            if (!unanswered.isEmpty()) {
                // One line for the checklist, linking its first unanswered question, as the checklist page says it.
                linked.add(Math.min(linked.size(), 2), new FieldError("/referrals/" + id + "/sections/checklist#"
                        + ReferralForms.ANSWER_FIELD + unanswered.get(0), "Risk checklist: " + notAnswered(unanswered.size())));
            }
            return Response.status(400).entity(checkPage(referral, new FormErrors(linked))).build();
        }
    }

    @GET
    @Path("{id}/confirmation")
    @RolesAllowed(RoleGroup.Allowed.REFERRERS)
    @Operation(hidden = true)
    public TemplateInstance confirmation(@PathParam("id") UUID id) {
        return Templates.confirmation(referrals.get(id));
    }

    /** The one line that stands for a checklist's unanswered questions in an error summary. */
    static String notAnswered(int count) {
        return count + (count == 1 ? " question" : " questions") + " not answered";
    }

    private TemplateInstance checkPage(ReferralView referral, FormErrors errors) {
        ChecklistDefinition checklist = checklist(referral);
        return Templates.check(referral, tasks(referral), ReferralForms.values(referral.draft()),
                ReferralForms.fields(Section.CHECKLIST, checklist), errors);
    }

    private List<Task> tasks(ReferralView referral) {
        ChecklistDefinition checklist = checklist(referral);
        return Arrays.stream(Section.values()).map(s -> new Task(s, ReferralForms.status(s, referral.draft(), checklist),
                "/referrals/" + referral.id() + "/sections/" + s.slug())).toList();
    }

    /** Candidates for the victim or the first alleged perpetrator, until the referrer has linked one or said none is them. */
    private MatchOffers matchOffers(Section section, ReferralDraft draft) {
        if (section == Section.VICTIM) {
            boolean decided = draft.victimPersonId() != null || Boolean.TRUE.equals(draft.victimIsNewPerson());
            return draft.victim() == null || decided ? MatchOffers.NONE
                    : offers("victimMatch", "This victim may have been referred before.", draft.victim());
        }
        if (section == Section.PERPETRATOR && !draft.perpetrators().isEmpty()) {
            ReferralDraft.Perpetrator first = draft.perpetrators().get(0);
            boolean decided = first.personId() != null || Boolean.TRUE.equals(first.isNewPerson());
            return first.person() == null || decided ? MatchOffers.NONE
                    : offers("perpetratorMatch", "This person may have been named in an earlier referral.", first.person());
        }
        return MatchOffers.NONE;
    }

    private static final java.time.format.DateTimeFormatter BORN = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    static final String ANOTHER_CONFERENCE = "Someone known to another conference may be this person. You cannot see or link "
            + "their record; the coordinators of that conference can see that you looked.";

    private MatchOffers offers(String field, String heading, org.roundtable.person.PersonForm person) {
        var lookup = referrals.lookUpPeople(org.roundtable.person.MatchQuery.of(person));
        if (lookup.refused()) {
            return new MatchOffers(field, heading, "", List.of(), lookup.refusal() + ".");
        }
        var visible = lookup.matches().stream().filter(m -> !m.knownToAnotherConference()).toList();
        String notice = visible.size() < lookup.matches().size() ? ANOTHER_CONFERENCE : "";
        if (visible.isEmpty()) {
            return new MatchOffers(field, heading, "", List.of(), notice);
        }
        List<MatchOffer> offers = new ArrayList<>(visible.stream().map(m -> new MatchOffer(m.personId().toString(),
                "Yes: " + m.name() + (m.dateOfBirth() == null ? "" : ", born " + BORN.format(m.dateOfBirth()))
                        + (m.town() == null || m.town().isBlank() ? "" : ", " + m.town())
                        + (m.knownTo().isEmpty() ? "" : ", known to " + String.join(" and ", m.knownTo().stream().map(ConferenceKind::label).toList()))
                        + " (" + String.join("; ", m.reasons()) + ")")).toList());
        offers.add(new MatchOffer("NEW", "No, this is a different person"));
        return new MatchOffers(field, heading, "Is this the same person already recorded?", offers, notice);
    }

    private ChecklistDefinition checklist(ReferralView referral) {
        return checklists.currentFor(referral.kind()).definition();
    }

    private static void requireDraft(ReferralView referral) {
        if (referral.draft() == null || referral.state() != ReferralState.DRAFT) {
            throw new org.roundtable.web.IllegalStateChangeException("This referral has been submitted and can no longer be changed.");
        }
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, values) -> {
            if (!values.isEmpty() && !name.equals("csrf-token")) {
                typed.put(name, values.get(0));
            }
        });
        return typed;
    }
}
