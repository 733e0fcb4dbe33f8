package org.roundtable.conference;

import org.roundtable.access.RoleGroup;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import org.roundtable.web.Limits;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.action.Action;
import org.roundtable.action.ActionView;
import org.roundtable.referral.ConferenceCases;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Versions;

/** Meetings, their agendas, the information agencies share before them, the chair's record, and minutes. */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conferences")
public class MeetingResource {

    static final String CASE_ROLES_NOTE = "member agencies, chairs and coordinators of the kind";

    public record AddCase(UUID referralId) {
    }

    public record Move(@Size(max = 10, message = "Direction must be up or down") String direction) {
    }

    public record GuestInvitation(@Size(max = Limits.SHORT_CODE, message = "Agency must be a short code of {max} characters or fewer") String agency,
            List<UUID> referralIds) {
    }

    public record Reason(@Size(max = Limits.REASON, message = "Reason must be {max} characters or fewer") String reason) {
    }

    public record AttendeeRequest(@Size(max = Limits.SHORT_CODE, message = "Agency must be a short code of {max} characters or fewer") String agency,
            @Size(max = Limits.PERSON_LABEL, message = "The attendee's name must be {max} characters or fewer") String name) {
    }

    public record ApologyRequest(@Size(max = Limits.REASON, message = "Note must be {max} characters or fewer") String note) {
    }

    public record NotesRequest(@Size(max = Limits.LONG_TEXT, message = "Notes must be {max} characters or fewer") String notes) {
    }

    public record ActionRequest(@Size(max = Limits.SHORT_CODE, message = "Owner must be an agency's short code") String owner,
            @Size(max = Limits.REASON, message = "Description must be {max} characters or fewer") String description, LocalDate dueOn) {
    }

    /** change: true to correct a review already recorded at this meeting (without it a second review is refused, 409). */
    public record ActionReview(Action.Status status, Action.NotDoneCategory category,
            @Size(max = Limits.REASON, message = "Note must be {max} characters or fewer") String note, Boolean change) {
    }

    public record DecisionRequest(ConferenceCases.Decision decision,
            @Size(max = Limits.REASON, message = "Reason must be {max} characters or fewer") String reason, LocalDate nextReviewOn,
            @Min(value = 0, message = "Minutes spent must be 0 or more") @Max(value = 600, message = "Minutes spent must be 600 or fewer") Integer minutesSpent) {
    }

    public record AmendmentRequest(@Size(max = Limits.LONG_TEXT, message = "Amendment must be {max} characters or fewer") String text) {
    }

    public record NotesSaved(long notesVersion) {
    }

    private final Meetings meetings;
    private final Agendas agendas;
    private final Research research;
    private final MeetingRoom room;

    MeetingResource(Meetings meetings, Agendas agendas, Research research, MeetingRoom room) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.research = research;
        this.room = room;
    }

    @POST
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "createMeeting",
            summary = "Set up a meeting, or a series of them with rhythm FORTNIGHTLY or MONTHLY and repeats (1 to 12 more)")
    @APIResponse(responseCode = "201", description = "The meetings set up, the first one named by Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingView.class)))
    public Response create(MeetingForm form) {
        if (form == null) {
            throw new InvalidInputException("kind", "Send the meeting as JSON");
        }
        List<MeetingView> created = meetings.create(form);
        return Response.created(URI.create("/api/v1/meetings/" + created.get(0).id())).entity(created).build();
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "listMeetings", summary = "Meetings of your conferences: upcoming, or past with past=true")
    public List<MeetingView> list(@QueryParam("past") boolean past) {
        return meetings.visible(past);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "getMeeting", summary = "A meeting of one of your conferences")
    public MeetingView get(@PathParam("id") UUID id) {
        return meetings.get(id);
    }

    @GET
    @Path("{id}/agenda")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "getAgenda",
            summary = "The agenda; while empty and unpublished, Roundtable proposes it in risk order up to the cap. `waiting` holds the rest")
    public Agendas.Agenda agenda(@PathParam("id") UUID id) {
        return agendas.agenda(id);
    }

    @POST
    @Path("{id}/agenda/items")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "addAgendaItem", summary = "Add an accepted case, or one due for review, at the end of the agenda")
    @APIResponse(responseCode = "200", description = "The agenda with the case added")
    @APIResponse(responseCode = "409", description = "The meeting has started, or the case cannot be listed now")
    public Agendas.Agenda add(@PathParam("id") UUID id, AddCase body) {
        if (body == null || body.referralId() == null) {
            throw new InvalidInputException("referralId", "Choose the case to add");
        }
        return agendas.add(id, body.referralId());
    }

    @POST
    @Path("{id}/agenda/items/{item}/move")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "moveAgendaItem", summary = "Move a case one place up or down (direction UP or DOWN)")
    @APIResponse(responseCode = "200", description = "The agenda in its new order")
    @APIResponse(responseCode = "409", description = "Not while the meeting is in this state (the message says why)")
    public Agendas.Agenda move(@PathParam("id") UUID id, @PathParam("item") UUID item, Move body) {
        if (body == null || body.direction() == null || !body.direction().matches("(?i)up|down")) {
            throw new InvalidInputException("direction", "Say UP or DOWN");
        }
        return agendas.move(id, item, body.direction().equalsIgnoreCase("up"));
    }

    @POST
    @Path("{id}/agenda/items/{item}/defer")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "deferAgendaItem",
            summary = "Defer a case with a reason; a listed case goes back to accepted or under review")
    @APIResponse(responseCode = "200", description = "The agenda after the deferral")
    @APIResponse(responseCode = "409", description = "The case was already decided or deferred, or the meeting has ended")
    public Agendas.Agenda defer(@PathParam("id") UUID id, @PathParam("item") UUID item, Reason body) {
        return agendas.defer(id, item, body == null ? null : body.reason());
    }

    @POST
    @Path("{id}/guests")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "inviteGuestAgency",
            summary = "Invite an agency that is not a member to this meeting for the named cases only")
    @APIResponse(responseCode = "200", description = "The agenda with its guest agencies")
    @APIResponse(responseCode = "409", description = "Not while the meeting is in this state (the message says why)")
    public Agendas.Agenda inviteGuest(@PathParam("id") UUID id, GuestInvitation body) {
        try {
            return agendas.inviteGuest(id, body == null ? null : body.agency(), body == null ? null : body.referralIds());
        } catch (InvalidInputException e) {
            throw e.renamed(Map.of("guestAgency", "agency", "guestCases", "referralIds"));
        }
    }

    @POST
    @Path("{id}/agenda/publish")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "publishAgenda",
            summary = "Publish the agenda (If-Match: the meeting's version): its cases become listed and member agencies' SPOCs are emailed")
    public Agendas.Agenda publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return agendas.publish(id, Versions.fromIfMatch(ifMatch));
    }

    @GET
    @Path("{id}/research/outstanding")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "listOutstandingResearch",
            summary = "For each listed case, the member agencies that have not yet shared what they hold")
    public List<Research.Outstanding> outstanding(@PathParam("id") UUID id) {
        MeetingRecord record = room.record(id);
        Map<UUID, String> references = record.cases().stream()
                .collect(Collectors.toMap(c -> c.referral().id(), c -> c.referral().reference(), (a, b) -> a));
        return research.outstanding(id, references);
    }

    @GET
    @Path("{id}/agenda/items/{item}/research")
    @RolesAllowed(RoleGroup.Allowed.MEETING_PARTICIPANTS)
    @Operation(operationId = "getAgencyResearch", summary = "Your agency's information on a listed case (204 before it has any)")
    @APIResponse(responseCode = "200", description = "Your agency's information on the case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingRecord.Research.class)))
    @APIResponse(responseCode = "204", description = "Your agency has shared nothing on this case yet")
    public Response myResearch(@PathParam("id") UUID id, @PathParam("item") UUID item) {
        MeetingRecord.Research mine = research.mine(id, item);
        return mine == null ? Response.noContent().build() : Response.ok(mine).build();
    }

    @PUT
    @Path("{id}/agenda/items/{item}/research")
    @RolesAllowed(RoleGroup.Allowed.MEETING_PARTICIPANTS)
    @Operation(operationId = "saveAgencyResearch",
            summary = "Record your agency's information on a listed case (If-Match: the version you read, once it exists)")
    public MeetingRecord.Research saveResearch(@PathParam("id") UUID id, @PathParam("item") UUID item,
            @HeaderParam("If-Match") String ifMatch, ResearchForm form) {
        if (form == null) {
            throw new InvalidInputException("known", "Send the information as JSON");
        }
        return research.save(id, item, form, ifMatch == null || ifMatch.isBlank() ? null : Versions.fromIfMatch(ifMatch));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "startMeeting", summary = "Start the meeting (its agenda must be published)")
    @APIResponse(responseCode = "200", description = "The started meeting")
    @APIResponse(responseCode = "409", description = "The agenda is not published, or the meeting has started already")
    public MeetingView start(@PathParam("id") UUID id) {
        return room.start(id);
    }

    @GET
    @Path("{id}/record")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "getMeetingRecord",
            summary = "The whole meeting: attendance, apologies, and case by case research, notes, actions and decisions")
    public MeetingRecord record(@PathParam("id") UUID id) {
        return room.record(id);
    }

    @POST
    @Path("{id}/attendees")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "addAttendee", summary = "Record someone attending for an agency")
    @APIResponse(responseCode = "201", description = "Everyone attending so far",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeetingRecord.Attendee.class)))
    @APIResponse(responseCode = "409", description = "The meeting is not running")
    public Response attend(@PathParam("id") UUID id, AttendeeRequest body) {
        room.addAttendee(id, body == null ? null : body.agency(), body == null ? null : body.name());
        return Response.status(201).entity(room.record(id).attendees()).build();
    }

    @POST
    @Path("{id}/attendees/{attendee}/acknowledgement")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "acknowledgeConfidentiality",
            summary = "Record that an attendee acknowledged the confidentiality statement")
    @APIResponse(responseCode = "200", description = "Everyone attending so far")
    @APIResponse(responseCode = "409", description = "The meeting is not running")
    public List<MeetingRecord.Attendee> acknowledge(@PathParam("id") UUID id, @PathParam("attendee") UUID attendee) {
        room.acknowledge(id, attendee);
        return room.record(id).attendees();
    }

    @PUT
    @Path("{id}/apologies/{agency}")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "recordApologies", summary = "Record an agency's apologies")
    @APIResponse(responseCode = "200", description = "Every apology so far")
    @APIResponse(responseCode = "409", description = "The meeting is not running")
    public List<MeetingRecord.Apology> apologise(@PathParam("id") UUID id, @PathParam("agency") String agency, ApologyRequest body) {
        try {
            room.apologies(id, agency, body == null ? null : body.note());
        } catch (InvalidInputException e) {
            throw e.renamed(Map.of("apologyAgency", "agency"));
        }
        return room.record(id).apologies();
    }

    @PUT
    @Path("{id}/agenda/items/{item}/notes")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "saveCaseNotes",
            summary = "Save a case's discussion notes (If-Match: the notesVersion you read; 409 with both versions if someone saved first)")
    public NotesSaved notes(@PathParam("id") UUID id, @PathParam("item") UUID item, @HeaderParam("If-Match") String ifMatch,
            NotesRequest body) {
        return new NotesSaved(room.saveNotes(id, item, body == null ? null : body.notes(), Versions.fromIfMatch(ifMatch)));
    }

    @POST
    @Path("{id}/agenda/items/{item}/actions")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "addAction", summary = "Add an action on the case: owning agency (short code), what, due date")
    @APIResponse(responseCode = "201", description = "The action added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "409", description = "The meeting is not running, or the case was deferred")
    public Response addAction(@PathParam("id") UUID id, @PathParam("item") UUID item, ActionRequest body) {
        ActionView action = room.addAction(id, item, body == null ? null : body.owner(), body == null ? null : body.description(),
                body == null ? null : body.dueOn());
        return Response.status(201).entity(action).build();
    }

    @PUT
    @Path("{id}/actions/{action}")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "reviewAction",
            summary = "Review an action at the meeting: DONE, IN_PROGRESS, or NOT_DONE with a category and text (If-Match: its version)")
    public ActionView review(@PathParam("id") UUID id, @PathParam("action") UUID action, @HeaderParam("If-Match") String ifMatch,
            ActionReview body) {
        if (body == null) {
            throw new InvalidInputException("status", "Choose done, not done or in progress");
        }
        return room.reviewAction(id, action, body.status(), body.category(), body.note(), Versions.fromIfMatch(ifMatch),
                Boolean.TRUE.equals(body.change()));
    }

    @POST
    @Path("{id}/agenda/items/{item}/decision")
    @RolesAllowed(Role.CHAIR)
    @Operation(operationId = "recordDecision",
            summary = "The chair's decision: UNDER_REVIEW with nextReviewOn, CLOSED or REFERRED_ELSEWHERE with a reason; the case becomes heard")
    @APIResponse(responseCode = "200", description = "The meeting record with the decision")
    @APIResponse(responseCode = "409", description = "The meeting is not running, or the case was already decided or deferred")
    public MeetingRecord decide(@PathParam("id") UUID id, @PathParam("item") UUID item, DecisionRequest body) {
        if (body == null) {
            throw new InvalidInputException("decision", "Choose the decision");
        }
        try {
            room.decide(id, item, body.decision(), body.reason(), body.nextReviewOn(), body.minutesSpent());
        } catch (InvalidInputException e) {
            throw e.renamed(Map.of("decisionReason", "reason"));
        }
        return room.record(id);
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "endMeeting", summary = "End the meeting once every case is decided or deferred")
    @APIResponse(responseCode = "200", description = "The ended meeting")
    @APIResponse(responseCode = "409", description = "The meeting is not running, or a case is still undecided")
    public MeetingView end(@PathParam("id") UUID id) {
        return room.end(id);
    }

    @GET
    @Path("{id}/minutes.pdf")
    @Produces("application/pdf")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "getMinutesPdf", summary = "The minutes as a PDF marked OFFICIAL-SENSITIVE")
    @APIResponse(responseCode = "200", description = "The minutes, OFFICIAL-SENSITIVE",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response minutesPdf(@PathParam("id") UUID id) {
        return pdf(MinutesPdf.render(room.record(id), null), "minutes.pdf");
    }

    @GET
    @Path("{id}/minutes/extracts/{agency}.pdf")
    @Produces("application/pdf")
    @RolesAllowed(RoleGroup.Allowed.MEETING_PARTICIPANTS)
    @Operation(operationId = "getMinutesExtractPdf",
            summary = "One agency's extract of the minutes: only the cases and actions that concern it")
    @APIResponse(responseCode = "200", description = "The agency's extract of the minutes, OFFICIAL-SENSITIVE",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response extractPdf(@PathParam("id") UUID id, @PathParam("agency") String agency) {
        return pdf(MinutesPdf.render(room.extract(id, agency), agency.toUpperCase()), "minutes-" + agency.toUpperCase() + ".pdf");
    }

    @POST
    @Path("{id}/minutes/approval")
    @RolesAllowed(Role.CHAIR)
    @Operation(operationId = "approveMinutes",
            summary = "Approve the minutes: from then on they are frozen, and corrections are amendments")
    @APIResponse(responseCode = "200", description = "The meeting with its minutes approved")
    @APIResponse(responseCode = "409", description = "The meeting has not ended, or the minutes are approved already")
    public MeetingView approve(@PathParam("id") UUID id) {
        return room.approve(id);
    }

    @POST
    @Path("{id}/minutes/amendments")
    @RolesAllowed(RoleGroup.Allowed.CONFERENCE_RUNNERS)
    @Operation(operationId = "amendMinutes", summary = "Record a correction to approved minutes")
    @APIResponse(responseCode = "200", description = "Every amendment so far")
    @APIResponse(responseCode = "409", description = "The minutes are not approved yet")
    public List<MeetingRecord.Amendment> amend(@PathParam("id") UUID id, AmendmentRequest body) {
        room.amend(id, body == null ? null : body.text());
        return room.record(id).amendments();
    }

    static Response pdf(byte[] bytes, String filename) {
        return Response.ok(bytes, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
