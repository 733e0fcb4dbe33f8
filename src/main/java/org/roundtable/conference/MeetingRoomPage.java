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
                String message);

        static native TemplateInstance minutes(MeetingRecord record, boolean chairs, String amendmentError, String message);
    }

    private final MeetingRoom room;
    private final Agendas agendas;
    private final Viewers viewers;

    MeetingRoomPage(MeetingRoom room, Agendas agendas, Viewers viewers) {
        this.room = room;
        this.agendas = agendas;
        this.viewers = viewers;
    }

    @GET
    @Path("run")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(hidden = true)
    public TemplateInstance run(@PathParam("id") UUID id) {
        return page(id, RunErrors.NONE, Focus.NONE, null);
    }

    private TemplateInstance page(UUID id, RunErrors errors, Focus focus, String message) {
        MeetingRecord record = room.record(id);
        return Templates.run(record, errors, focus, viewers.current().chairs(record.meeting().kind()),
                viewers.current().coordinates(record.meeting().kind()), message);
    }

    @POST
    @Path("run/start")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response start(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, null, form, () -> room.start(id), "#attendance");
    }

    @POST
    @Path("run/attendees")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response attend(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, null, form, () -> room.addAttendee(id, form.getFirst("agency"), form.getFirst("name")), "#attendance");
    }

    @POST
    @Path("run/attendees/{attendee}/acknowledgement")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response acknowledge(@PathParam("id") UUID id, @PathParam("attendee") UUID attendee, MultivaluedMap<String, String> form) {
        return act(id, null, form, () -> room.acknowledge(id, attendee), "#attendance");
    }

    @POST
    @Path("run/apologies")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response apologies(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, null, form, () -> room.apologies(id, form.getFirst("apologyAgency"), form.getFirst("apologyNote")), "#attendance");
    }

    /** Saves notes from the form, or from the page's autosave (which asks for JSON back). */
    @POST
    @Path("run/cases/{item}/notes")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    @Operation(hidden = true)
    public Response notes(@PathParam("id") UUID id, @PathParam("item") UUID item, @HeaderParam("X-Autosave") String autosave,
            MultivaluedMap<String, String> form) {
        long version = parseLong(form.getFirst("notesVersion"));
        try {
            long saved = room.saveNotes(id, item, form.getFirst("notes"), version);
            return autosave != null ? Response.ok(Map.of("notesVersion", saved), MediaType.APPLICATION_JSON).build()
                    : back(id, item);
        } catch (StaleEditException e) {
            MeetingRoom.NotesConflict conflict = (MeetingRoom.NotesConflict) e.current();
            if (autosave != null) {
                return Response.status(409).type(MediaType.APPLICATION_JSON).entity(Map.of("message", e.getMessage(),
                        "theirs", conflict.theirs() == null ? "" : conflict.theirs(), "notesVersion", conflict.notesVersion())).build();
            }
            return Response.status(409).entity(page(id, RunErrors.NONE, new Focus(item, MeetingPage.typed(form), e.getMessage()), null))
                    .build();
        } catch (IllegalStateChangeException e) {
            if (autosave != null) {
                return Response.status(409).type(MediaType.APPLICATION_JSON).entity(Map.of("message", e.getMessage())).build();
            }
            throw e;
        }
    }

    @POST
    @Path("run/cases/{item}/actions")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addAction(@PathParam("id") UUID id, @PathParam("item") UUID item, MultivaluedMap<String, String> form) {
        return act(id, item, form, () -> {
            List<FieldError> errors = new ArrayList<>();
            LocalDate due = MeetingPage.dateOf(MeetingPage.typed(form), "dueOn", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            room.addAction(id, item, form.getFirst("owner"), form.getFirst("description"), due);
        }, "#case-" + item);
    }

    @POST
    @Path("run/cases/{item}/actions/{action}")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reviewAction(@PathParam("id") UUID id, @PathParam("item") UUID item, @PathParam("action") UUID action,
            MultivaluedMap<String, String> form) {
        return act(id, item, form, () -> room.reviewAction(id, action, parse(Action.Status.class, form.getFirst("status")),
                parse(Action.NotDoneCategory.class, form.getFirst("category")), form.getFirst("note"),
                parseLong(form.getFirst("version"))), "#case-" + item);
    }

    /** A coordinator defers a case the meeting will not reach (the transition table gives deferral to coordinators). */
    @POST
    @Path("run/cases/{item}/deferral")
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response defer(@PathParam("id") UUID id, @PathParam("item") UUID item, MultivaluedMap<String, String> form) {
        return act(id, item, form, () -> agendas.defer(id, item, form.getFirst("deferReason")), "#case-" + item);
    }

    @POST
    @Path("run/cases/{item}/decision")
    @RolesAllowed(Role.CHAIR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(@PathParam("id") UUID id, @PathParam("item") UUID item, MultivaluedMap<String, String> form) {
        return act(id, item, form, () -> {
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
        }, "#case-" + item);
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
            return Response.status(409).entity(page(id, RunErrors.NONE, Focus.NONE, e.getMessage())).build();
        }
    }

    /** Runs one change; on a field error the page comes back with the errors next to that case and what was typed. */
    private Response act(UUID id, UUID item, MultivaluedMap<String, String> form, Runnable change, String anchor) {
        try {
            change.run();
            return Response.seeOther(URI.create("/meetings/" + id + "/run" + anchor)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(id, RunErrors.of(e, item), new Focus(item, MeetingPage.typed(form), null), null))
                    .build();
        } catch (IllegalStateChangeException | StaleEditException e) {
            return Response.status(409).entity(page(id, RunErrors.NONE, new Focus(item, MeetingPage.typed(form), null), e.getMessage()))
                    .build();
        }
    }

    private static Response back(UUID id, UUID item) {
        return Response.seeOther(URI.create("/meetings/" + id + "/run#case-" + item)).build();
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
            return Response.seeOther(URI.create("/meetings/" + id + "/minutes")).build();
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
