package org.roundtable.conference;

import org.roundtable.access.RoleGroup;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.action.Action;
import org.roundtable.referral.ConferenceCases;
import org.roundtable.access.Viewers;
import org.roundtable.user.Role;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/** The chair's page, run from a laptop on a projector, and the minutes that come out of it. */
@Path("/meetings/{id}")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
public class MeetingRoomPage {

    /** Where the page should scroll to, and what was typed there when it was refused. */
    public record Focus(UUID item, Map<String, String> typed, String conflict) {

        static final Focus NONE = new Focus(null, Map.of(), null);

        public String typed(Object forItem, String field) {
            return forItem != null && forItem.equals(item) ? typed.getOrDefault(field, "") : "";
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance run(MeetingRecord record, RunErrors errors, Focus focus, boolean chairs, boolean coordinates,
                String message, String view, UUID changing, boolean fragment);

        static native TemplateInstance caseView(MeetingRecord record, MeetingRecord.CaseRecord c, int number, MeetingRecord.CaseRecord previous,
                MeetingRecord.CaseRecord next, UUID nowHearing, RunErrors errors, Focus focus, boolean chairs, boolean coordinates,
                String message, String view, UUID changing, boolean fragment);

        static native TemplateInstance caseSection(MeetingRecord record, MeetingRecord.CaseRecord c, int number, RunErrors errors,
                Focus focus, boolean chairs, boolean coordinates, String message, String view, UUID changing, boolean fragment);

        static native TemplateInstance attendanceSection(MeetingRecord record, RunErrors errors, Focus focus, String message, String view,
                boolean fragment);

        static native TemplateInstance minutes(MeetingRecord record, boolean chairs, String amendmentError, String message);
    }

    /** Set by the page's script: answer with the changed section alone (a fragment) instead of a redirect. */
    static final String FRAGMENT = "X-Fragment";
    /** The hidden field that says which view a form was posted from: "case" (one case at a time) or the whole page. */
    static final String CASE_VIEW = "case";

    private final MeetingRoom room;
    private final Agendas agendas;
    private final Viewers viewers;
    private final Presenting presenting;

    MeetingRoomPage(MeetingRoom room, Agendas agendas, Viewers viewers, Presenting presenting) {
        this.room = room;
        this.agendas = agendas;
        this.viewers = viewers;
        this.presenting = presenting;
    }

    @GET
    @Path("run")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(hidden = true)
    public TemplateInstance run(@PathParam("id") UUID id, @QueryParam("change") UUID change) {
        return page(id, RunErrors.NONE, Focus.NONE, null, change);
    }

    /** One case at a time: the case, previous and next, and the agenda as a side list. */
    @GET
    @Path("run/cases/{item}")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(hidden = true)
    public TemplateInstance caseView(@PathParam("id") UUID id, @PathParam("item") UUID item, @QueryParam("change") UUID change) {
        return casePage(id, item, RunErrors.NONE, Focus.NONE, null, change);
    }

    /** The chair puts this case on the room's screen (the present view follows). */
    @POST
    @Path("run/cases/{item}/hearing")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response hear(@PathParam("id") UUID id, @PathParam("item") UUID item, MultivaluedMap<String, String> form) {
        try {
            presenting.hear(id, item);
            return Response.seeOther(URI.create("/meetings/" + id + "/run/cases/" + item)).build();
        } catch (IllegalStateChangeException e) {
            return Response.status(409).entity(casePage(id, item, RunErrors.NONE, Focus.NONE, e.getMessage(), null)).build();
        }
    }

    private TemplateInstance page(UUID id, RunErrors errors, Focus focus, String message, UUID changing) {
        MeetingRecord record = room.record(id);
        return Templates.run(record, errors, focus, viewers.current().chairs(record.meeting().kind()),
                viewers.current().coordinates(record.meeting().kind()), message, "page", changing, false);
    }

    private TemplateInstance casePage(UUID id, UUID item, RunErrors errors, Focus focus, String message, UUID changing) {
        MeetingRecord record = room.record(id);
        int at = indexOf(record, item);
        List<MeetingRecord.CaseRecord> cases = record.cases();
        return Templates.caseView(record, cases.get(at), at + 1, at > 0 ? cases.get(at - 1) : null,
                at + 1 < cases.size() ? cases.get(at + 1) : null, presenting.nowHearing(id), errors, focus,
                viewers.current().chairs(record.meeting().kind()), viewers.current().coordinates(record.meeting().kind()), message,
                CASE_VIEW, changing, false);
    }

    /** The changed section alone, for the page's script to put in place of the old one. */
    private TemplateInstance fragment(UUID id, UUID item, RunErrors errors, Focus focus, String message, String view) {
        MeetingRoom.Section section = room.section(id, item);
        MeetingRecord record = section.record();
        if (item == null) {
            return Templates.attendanceSection(record, errors, focus, message, view, true);
        }
        if (record.cases().isEmpty()) {
            throw new NotFoundProblem("No case " + item + " on this meeting");
        }
        return Templates.caseSection(record, record.cases().get(0), section.number(), errors, focus,
                viewers.current().chairs(record.meeting().kind()), viewers.current().coordinates(record.meeting().kind()), message, view,
                null, true);
    }

    private static int indexOf(MeetingRecord record, UUID item) {
        for (int i = 0; i < record.cases().size(); i++) {
            if (record.cases().get(i).itemId().equals(item)) {
                return i;
            }
        }
        throw new NotFoundProblem("No case " + item + " on this meeting");
    }

    @POST
    @Path("run/start")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response start(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, null, null, null, form, () -> room.start(id));
    }

    @POST
    @Path("run/attendees")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response attend(@PathParam("id") UUID id, @HeaderParam(FRAGMENT) String fragment, MultivaluedMap<String, String> form) {
        return act(id, null, null, fragment, form, () -> room.addAttendee(id, form.getFirst("agency"), form.getFirst("name")));
    }

    @POST
    @Path("run/attendees/{attendee}/acknowledgement")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response acknowledge(@PathParam("id") UUID id, @PathParam("attendee") UUID attendee, @HeaderParam(FRAGMENT) String fragment,
            MultivaluedMap<String, String> form) {
        return act(id, null, null, fragment, form, () -> room.acknowledge(id, attendee));
    }

    @POST
    @Path("run/apologies")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response apologies(@PathParam("id") UUID id, @HeaderParam(FRAGMENT) String fragment, MultivaluedMap<String, String> form) {
        return act(id, null, null, fragment, form, () -> room.apologies(id, form.getFirst("apologyAgency"), form.getFirst("apologyNote")));
    }

    /** Saves notes from the form, or from the page's autosave (which asks for JSON back). */
    @POST
    @Path("run/cases/{item}/notes")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    @Operation(hidden = true)
    public Response notes(@PathParam("id") UUID id, @PathParam("item") UUID item, @HeaderParam("X-Autosave") String autosave,
            @HeaderParam(FRAGMENT) String fragment, MultivaluedMap<String, String> form) {
        long version = parseLong(form.getFirst("notesVersion"));
        String view = viewOf(form);
        try {
            long saved = room.saveNotes(id, item, form.getFirst("notes"), version);
            if (autosave != null) {
                return Response.ok(Map.of("notesVersion", saved), MediaType.APPLICATION_JSON).build();
            }
            return fragment != null ? Response.ok(fragment(id, item, RunErrors.NONE, Focus.NONE, null, view), MediaType.TEXT_HTML).build()
                    : back(id, item, view);
        } catch (StaleEditException e) {
            MeetingRoom.NotesConflict conflict = (MeetingRoom.NotesConflict) e.current();
            if (autosave != null) {
                return Response.status(409).type(MediaType.APPLICATION_JSON).entity(Map.of("message", e.getMessage(),
                        "theirs", conflict.theirs() == null ? "" : conflict.theirs(), "notesVersion", conflict.notesVersion())).build();
            }
            Focus focus = new Focus(item, MeetingPage.typed(form), e.getMessage());
            return Response.status(409).type(MediaType.TEXT_HTML).entity(fragment != null ? fragment(id, item, RunErrors.NONE, focus, null, view)
                    : CASE_VIEW.equals(view) ? casePage(id, item, RunErrors.NONE, focus, null, null)
                    : page(id, RunErrors.NONE, focus, null, null)).build();
        } catch (IllegalStateChangeException e) {
            if (autosave != null) {
                return Response.status(409).type(MediaType.APPLICATION_JSON).entity(Map.of("message", e.getMessage())).build();
            }
            return refused(id, item, item, fragment, form, e.getMessage());
        }
    }

    @POST
    @Path("run/cases/{item}/actions")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addAction(@PathParam("id") UUID id, @PathParam("item") UUID item, @HeaderParam(FRAGMENT) String fragment,
            MultivaluedMap<String, String> form) {
        return act(id, item, item, fragment, form, () -> {
            List<FieldError> errors = new ArrayList<>();
            LocalDate due = MeetingPage.dateOf(MeetingPage.typed(form), "dueOn", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            room.addAction(id, item, form.getFirst("owner"), form.getFirst("description"), due);
        });
    }

    /** The review of an earlier action: recorded once at a meeting, then changed only through its Change link. */
    @POST
    @Path("run/cases/{item}/actions/{action}")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reviewAction(@PathParam("id") UUID id, @PathParam("item") UUID item, @PathParam("action") UUID action,
            @HeaderParam(FRAGMENT) String fragment, MultivaluedMap<String, String> form) {
        // Errors are keyed by the action: a case can hold several reviews, each with its own fields.
        return act(id, item, action, fragment, form, () -> room.reviewAction(id, action, parse(Action.Status.class, form.getFirst("status")),
                parse(Action.NotDoneCategory.class, form.getFirst("category")), form.getFirst("note"),
                parseLong(form.getFirst("version")), "true".equals(form.getFirst("change"))));
    }

    /** A coordinator defers a case the meeting will not reach (the transition table gives deferral to coordinators). */
    @POST
    @Path("run/cases/{item}/deferral")
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response defer(@PathParam("id") UUID id, @PathParam("item") UUID item, @HeaderParam(FRAGMENT) String fragment,
            MultivaluedMap<String, String> form) {
        return act(id, item, item, fragment, form, () -> agendas.defer(id, item, form.getFirst("deferReason")));
    }

    @POST
    @Path("run/cases/{item}/decision")
    @RolesAllowed(Role.CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(@PathParam("id") UUID id, @PathParam("item") UUID item, @HeaderParam(FRAGMENT) String fragment,
            MultivaluedMap<String, String> form) {
        return act(id, item, item, fragment, form, () -> {
            List<FieldError> errors = new ArrayList<>();
            Map<String, String> typed = MeetingPage.typed(form);
            LocalDate next = MeetingPage.dateOf(typed, "nextReviewOn", errors);
            Integer minutes = null;
            String spent = typed.getOrDefault("minutesSpent", "").trim();
            if (!spent.isEmpty()) {
                try {
                    minutes = Integer.valueOf(spent);
                } catch (NumberFormatException e) {
                    errors.add(new FieldError("minutesSpent", "Enter the minutes spent as a whole number"));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            ConferenceCases.Decision decision = parse(ConferenceCases.Decision.class, typed.get("decision"));
            String reason = decision == ConferenceCases.Decision.REFERRED_ELSEWHERE ? typed.get("referredTo") : typed.get("decisionReason");
            try {
                room.decide(id, item, decision, reason, next, minutes);
            } catch (InvalidInputException e) {
                // "Where it was referred" has its own box on the page.
                throw new InvalidInputException(e.errors().stream().map(x -> decision == ConferenceCases.Decision.REFERRED_ELSEWHERE
                        && x.field().equals("decisionReason") ? new FieldError("referredTo", x.message()) : x).toList());
            }
        });
    }

    @POST
    @Path("run/end")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response end(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        try {
            room.end(id);
            return Response.seeOther(URI.create("/meetings/" + id + "/minutes")).build();
        } catch (IllegalStateChangeException e) {
            return Response.status(409).entity(page(id, RunErrors.NONE, Focus.NONE, e.getMessage(), null)).build();
        }
    }

    /**
     * Runs one change for a case (item) or for the attendance (item null). Without scripts the answer is a redirect back
     * to the view the form came from; with them (the fragment header) it is the changed section. On a field error the
     * section comes back with the errors (keyed by errorKey: the case, or the action reviewed) and what was typed.
     */
    private Response act(UUID id, UUID item, UUID errorKey, String fragment, MultivaluedMap<String, String> form, Runnable change) {
        String view = viewOf(form);
        try {
            change.run();
            if (fragment != null) {
                return Response.ok(fragment(id, item, RunErrors.NONE, Focus.NONE, null, view), MediaType.TEXT_HTML).build();
            }
            return item == null ? Response.seeOther(URI.create("/meetings/" + id + "/run#attendance")).build() : back(id, item, view);
        } catch (InvalidInputException e) {
            RunErrors errors = RunErrors.of(e, errorKey);
            Focus focus = new Focus(errorKey, MeetingPage.typed(form), null);
            TemplateInstance answer = fragment != null ? fragment(id, item, errors, focus, null, view)
                    : CASE_VIEW.equals(view) && item != null ? casePage(id, item, errors, focus, null, null) : page(id, errors, focus, null, null);
            return Response.status(400).type(MediaType.TEXT_HTML).entity(answer).build();
        } catch (IllegalStateChangeException | StaleEditException e) {
            return refused(id, item, errorKey, fragment, form, e.getMessage());
        }
    }

    /** A 409: the change is not allowed now (a second review, a case already decided); what was typed stays. */
    private Response refused(UUID id, UUID item, UUID errorKey, String fragment, MultivaluedMap<String, String> form, String message) {
        Focus focus = new Focus(errorKey, MeetingPage.typed(form), null);
        String view = viewOf(form);
        TemplateInstance answer = fragment != null ? fragment(id, item, RunErrors.NONE, focus, message, view)
                : CASE_VIEW.equals(view) && item != null ? casePage(id, item, RunErrors.NONE, focus, message, null)
                : page(id, RunErrors.NONE, focus, message, null);
        return Response.status(409).type(MediaType.TEXT_HTML).entity(answer).build();
    }

    private static String viewOf(MultivaluedMap<String, String> form) {
        return CASE_VIEW.equals(form.getFirst("view")) ? CASE_VIEW : "page";
    }

    private static Response back(UUID id, UUID item, String view) {
        return Response.seeOther(URI.create(CASE_VIEW.equals(view) ? "/meetings/" + id + "/run/cases/" + item + "#case-" + item
                : "/meetings/" + id + "/run#case-" + item)).build();
    }

    @GET
    @Path("minutes")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(hidden = true)
    public TemplateInstance minutes(@PathParam("id") UUID id) {
        MeetingRecord record = room.record(id);
        return Templates.minutes(record, viewers.current().chairs(record.meeting().kind()), null, null);
    }

    @GET
    @Path("minutes.pdf")
    @Produces("application/pdf")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(hidden = true)
    public Response minutesPdf(@PathParam("id") UUID id) {
        return MeetingResource.pdf(MinutesPdf.render(room.record(id), null), "minutes.pdf");
    }

    @GET
    @Path("minutes/extracts/{agency}.pdf")
    @Produces("application/pdf")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(hidden = true)
    public Response extractPdf(@PathParam("id") UUID id, @PathParam("agency") String agency) {
        return MeetingResource.pdf(MinutesPdf.render(room.extract(id, agency), agency.toUpperCase()), "minutes-" + agency.toUpperCase() + ".pdf");
    }

    @GET
    @Path("minutes/extract.pdf")
    @Produces("application/pdf")
    @RolesAllowed(RoleGroup.Allowed.AGENCY_PRACTITIONERS)
    @Operation(hidden = true)
    public Response ownExtractPdf(@PathParam("id") UUID id) {
        String agency = String.valueOf(viewers.current().agencyCode());
        return MeetingResource.pdf(MinutesPdf.render(room.extract(id, agency), agency.toUpperCase()), "minutes-" + agency.toUpperCase() + ".pdf");
    }

    @POST
    @Path("minutes/approval")
    @RolesAllowed(Role.CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response approve(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        try {
            room.approve(id);
            return Response.seeOther(URI.create("/meetings/" + id + "/minutes?done=approved")).build();
        } catch (IllegalStateChangeException e) {
            MeetingRecord record = room.record(id);
            return Response.status(409).entity(Templates.minutes(record, true, null, e.getMessage())).build();
        }
    }

    @POST
    @Path("minutes/amendments")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response amend(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        try {
            room.amend(id, form.getFirst("amendment"));
            return Response.seeOther(URI.create("/meetings/" + id + "/minutes#amendments")).build();
        } catch (InvalidInputException e) {
            MeetingRecord record = room.record(id);
            return Response.status(400).entity(Templates.minutes(record, viewers.current().chairs(record.meeting().kind()),
                    e.errors().get(0).message(), null)).build();
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
