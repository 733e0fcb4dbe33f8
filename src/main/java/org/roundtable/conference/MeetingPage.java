package org.roundtable.conference;

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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.user.Role;
import org.roundtable.user.UserView;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Versions;
import org.roundtable.web.StaleEditException;

/** Meetings on the pages: the list, setting one up, the agenda a coordinator builds, and what member agencies share. */
@Path("/meetings")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
public class MeetingPage {

    static final String[] CASE_ROLES = { Role.REFERRER, Role.IDVA, Role.ISVA, Role.CALL_HANDLER, Role.AGENCY_SPOC, Role.CHAIR,
            Role.COORDINATOR };

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance list(List<MeetingView> upcoming, List<MeetingView> past, boolean canSetUp);

        static native TemplateInstance form(List<ConferenceKind> kinds, Map<ConferenceKind, List<UserView>> chairs,
                Map<String, String> typed, FormErrors errors);

        static native TemplateInstance agenda(Agendas.Agenda agenda, List<Research.Outstanding> outstanding, FormErrors errors,
                UUID errorItem, String message, boolean problem, List<org.roundtable.agency.AgencyView> guestCandidates);

        static native TemplateInstance meeting(MeetingView meeting, List<MeetingRecord.CaseRecord> cases, boolean runsIt);

        static native TemplateInstance research(MeetingView meeting, UUID itemId, org.roundtable.referral.ReferralView referral,
                Map<String, String> typed, long version, boolean childrenAgency, FormErrors errors, String conflict);
    }

    private final Meetings meetings;
    private final Agendas agendas;
    private final Research research;
    private final MeetingRoom room;
    private final Viewers viewers;
    private final org.roundtable.agency.AgencyService agencies;

    MeetingPage(Meetings meetings, Agendas agendas, Research research, MeetingRoom room, Viewers viewers,
            org.roundtable.agency.AgencyService agencies) {
        this.agencies = agencies;
        this.meetings = meetings;
        this.agendas = agendas;
        this.research = research;
        this.room = room;
        this.viewers = viewers;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(meetings.visible(false), meetings.visible(true), !coordinatedKinds().isEmpty());
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public TemplateInstance newMeeting() {
        return form(Map.of("rhythm", "ONCE", "time", "10:00"), FormErrors.NONE);
    }

    @POST
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form);
        List<FieldError> errors = new ArrayList<>();
        ConferenceKind kind = parseKind(typed.get("kind"), errors);
        LocalDate date = dateOf(typed, "date", errors);
        LocalTime time = null;
        try {
            time = typed.getOrDefault("time", "").isBlank() ? null : LocalTime.parse(typed.get("time").trim());
        } catch (DateTimeException e) {
            errors.add(new FieldError("time", "Enter the start time as hours and minutes, for example 10:00"));
        }
        MeetingForm.Rhythm rhythm = "FORTNIGHTLY".equals(typed.get("rhythm")) ? MeetingForm.Rhythm.FORTNIGHTLY
                : "MONTHLY".equals(typed.get("rhythm")) ? MeetingForm.Rhythm.MONTHLY : MeetingForm.Rhythm.ONCE;
        Integer repeats = null;
        if (rhythm != MeetingForm.Rhythm.ONCE) {
            try {
                repeats = Integer.valueOf(typed.getOrDefault("repeats", "").trim());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("repeats", "Enter how many more meetings to set up, 1 to " + Meetings.MOST_REPEATS));
            }
        }
        try {
            // Unreadable values reach the service as missing, so that every field's error shows at once.
            List<MeetingView> created = meetings.create(new MeetingForm(kind, date, time, typed.get("venue"), typed.get("videoLink"),
                    typed.get("chairSubject"), rhythm, repeats));
            return Response.seeOther(URI.create("/meetings/" + created.get(0).id() + "?created=" + created.size())).build();
        } catch (InvalidInputException e) {
            List<FieldError> all = new ArrayList<>(errors);
            e.errors().stream().filter(x -> all.stream().noneMatch(y -> y.field().equals(x.field()))).forEach(all::add);
            return Response.status(400).entity(form(typed, new FormErrors(all))).build();
        }
    }

    private TemplateInstance form(Map<String, String> typed, FormErrors errors) {
        List<ConferenceKind> kinds = coordinatedKinds();
        Map<ConferenceKind, List<UserView>> chairs = new java.util.EnumMap<>(ConferenceKind.class);
        kinds.forEach(k -> chairs.put(k, meetings.chairs(k)));
        return Templates.form(kinds, chairs, typed, errors);
    }

    private List<ConferenceKind> coordinatedKinds() {
        Viewer viewer = viewers.current();
        return java.util.Arrays.stream(ConferenceKind.values()).filter(viewer::coordinates).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") UUID id, @jakarta.ws.rs.QueryParam("created") Integer created,
            @jakarta.ws.rs.QueryParam("done") String done) {
        MeetingView meeting = meetings.get(id);
        Viewer viewer = viewers.current();
        if (viewer.coordinates(meeting.kind())) {
            String message = created != null ? (created == 1 ? "Meeting set up." : created + " meetings set up.")
                    : "published".equals(done) ? "Agenda published: its cases are listed and the member and guest agencies were emailed."
                    : null;
            return agendaPage(id, FormErrors.NONE, null, message);
        }
        boolean runsIt = viewer.chairs(meeting.kind());
        List<MeetingRecord.CaseRecord> cases = meeting.status() == Meeting.Status.PLANNED ? List.of()
                : runsIt ? room.record(id).cases() : room.listedFor(id);
        return Templates.meeting(meeting, cases, runsIt);
    }

    private TemplateInstance agendaPage(UUID id, FormErrors errors, UUID errorItem, String message) {
        return agendaPage(id, errors, errorItem, message, errors.any());
    }

    private TemplateInstance agendaPage(UUID id, FormErrors errors, UUID errorItem, String message, boolean problem) {
        Agendas.Agenda agenda = agendas.agenda(id);
        List<Research.Outstanding> outstanding = agenda.meeting().status() == Meeting.Status.PLANNED ? List.of()
                : research.outstanding(id, references(agenda));
        List<org.roundtable.agency.AgencyView> guestCandidates = agencies.list().stream().filter(org.roundtable.agency.AgencyView::active)
                .filter(a -> !a.conferenceKinds().contains(agenda.meeting().kind())).toList();
        return Templates.agenda(agenda, outstanding, errors, errorItem, message, problem, guestCandidates);
    }

    private static Map<UUID, String> references(Agendas.Agenda agenda) {
        Map<UUID, String> references = new HashMap<>();
        agenda.items().forEach(i -> references.put(i.referral().id(), i.referral().reference()));
        return references;
    }

    @POST
    @Path("{id}/agenda/add")
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        try {
            agendas.add(id, UUID.fromString(form.getFirst("referralId")));
            return backToAgenda(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Response.status(400).entity(agendaPage(id, new FormErrors(List.of(new FieldError("referralId", "Choose a case to add"))),
                    null, null)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(agendaPage(id, FormErrors.of(e), null, null)).build();
        }
    }

    @POST
    @Path("{id}/agenda/{item}/move")
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response move(@PathParam("id") UUID id, @PathParam("item") UUID item, MultivaluedMap<String, String> form) {
        agendas.move(id, item, "up".equals(form.getFirst("direction")));
        return Response.seeOther(URI.create("/meetings/" + id + "#item-" + item)).build();
    }

    @POST
    @Path("{id}/agenda/{item}/defer")
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response defer(@PathParam("id") UUID id, @PathParam("item") UUID item, MultivaluedMap<String, String> form) {
        try {
            agendas.defer(id, item, form.getFirst("reason"));
            return backToAgenda(id);
        } catch (InvalidInputException e) {
            return Response.status(400).entity(agendaPage(id, new FormErrors(List.of(new FieldError("reason",
                    e.errors().get(0).message()))), item, null)).build();
        }
    }

    @POST
    @Path("{id}/guests")
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response inviteGuest(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        try {
            List<UUID> cases = org.roundtable.web.Ids.parseAll(form.getOrDefault("guestCases", List.of()), "guestCases");
            agendas.inviteGuest(id, form.getFirst("guestAgency"), cases);
            return backToAgenda(id);
        } catch (InvalidInputException e) {
            return Response.status(400).entity(agendaPage(id, FormErrors.of(e), null, null)).build();
        }
    }

    @POST
    @Path("{id}/agenda/publish")
    @RolesAllowed(Role.COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        try {
            agendas.publish(id, Versions.fromForm(form.getFirst("version")));
            return Response.seeOther(URI.create("/meetings/" + id + "?done=published")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(agendaPage(id, FormErrors.of(e), null, null)).build();
        } catch (StaleEditException | IllegalStateChangeException e) {
            return Response.status(409).entity(agendaPage(id, FormErrors.NONE, null, e.getMessage(), true)).build();
        }
    }

    private static Response backToAgenda(UUID id) {
        return Response.seeOther(URI.create("/meetings/" + id)).build();
    }

    @GET
    @Path("{id}/cases/{item}/research")
    @RolesAllowed(RoleGroup.Allowed.MEETING_PARTICIPANTS)
    @Operation(hidden = true)
    public TemplateInstance researchForm(@PathParam("id") UUID id, @PathParam("item") UUID item) {
        MeetingRecord.Research mine = research.mine(id, item);
        Map<String, String> typed = new HashMap<>();
        if (mine != null) {
            typed.put("known", String.valueOf(mine.known()));
            typed.put("summary", nonNull(mine.summary()));
            typed.put("involvement", nonNull(mine.involvement()));
            typed.put("risks", nonNull(mine.risks()));
            typed.put("childrenDetails", nonNull(mine.childrenDetails()));
        }
        return researchPage(id, item, typed, mine == null ? -1 : mine.version(), FormErrors.NONE, null);
    }

    @POST
    @Path("{id}/cases/{item}/research")
    @RolesAllowed(RoleGroup.Allowed.MEETING_PARTICIPANTS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveResearch(@PathParam("id") UUID id, @PathParam("item") UUID item, MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form);
        long version = Versions.fromForm(typed.getOrDefault("version", "-1"));
        Boolean known = "true".equals(typed.get("known")) ? Boolean.TRUE : "false".equals(typed.get("known")) ? Boolean.FALSE : null;
        try {
            research.save(id, item, new ResearchForm(known, typed.get("summary"), typed.get("involvement"), typed.get("risks"),
                    typed.get("childrenDetails")), version < 0 ? null : version);
            return Response.seeOther(URI.create("/meetings/" + id + "?done=research")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(researchPage(id, item, typed, version, FormErrors.of(e), null)).build();
        } catch (StaleEditException e) {
            MeetingRecord.Research theirs = (MeetingRecord.Research) e.current();
            return Response.status(409).entity(researchPage(id, item, typed, theirs.version(), FormErrors.NONE,
                    e.getMessage() + " Theirs says: " + (theirs.known() ? nonNull(theirs.summary()) : "not known to the agency")
                            + ". Yours is below; save again to replace theirs.")).build();
        }
    }

    private TemplateInstance researchPage(UUID id, UUID item, Map<String, String> typed, long version, FormErrors errors, String conflict) {
        MeetingView meeting = meetings.get(id);
        var referral = room.listedCase(id, item);
        var type = viewers.current().agencyType();
        boolean children = type == org.roundtable.agency.AgencyType.CHILDRENS_SERVICES || type == org.roundtable.agency.AgencyType.HEALTH;
        return Templates.research(meeting, item, referral, typed, version, children, errors, conflict);
    }

    static Map<String, String> typed(MultivaluedMap<String, String> form) {
        return org.roundtable.web.FormValues.typed(form);
    }

    static LocalDate dateOf(Map<String, String> typed, String name, List<FieldError> errors) {
        return org.roundtable.web.FormValues.date(typed, name, errors);
    }

    private static ConferenceKind parseKind(String value, List<FieldError> errors) {
        try {
            return ConferenceKind.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError("kind", "Choose the conference"));
            return null;
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
