package org.roundtable.action;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.agency.AgencyView;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.conference.Meetings;
import org.roundtable.referral.ConferenceCases;
import org.roundtable.user.Role;
import org.roundtable.user.UserView;
import org.roundtable.web.Checks;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.FormValues;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** The agency inbox, my actions, an action with its history and forms, the coordinator's summary, and adding an action to a case. */
@Path("/actions")
@Produces(MediaType.TEXT_HTML)
public class ActionPage {

    /** The inbox's filters and sort order as chosen, to draw the side panel and the column headers. */
    public record Chosen(String kind, String meeting, String due, String sort) {
        public String query(String newSort) {
            StringBuilder q = new StringBuilder("?sort=" + newSort);
            if (kind != null && !kind.isBlank()) {
                q.append("&kind=").append(kind);
            }
            if (meeting != null && !meeting.isBlank()) {
                q.append("&meeting=").append(meeting);
            }
            if (due != null && !due.isBlank()) {
                q.append("&due=").append(due);
            }
            return q.toString();
        }

        public String ariaSort(String column) {
            return column.equals(sort == null || sort.isBlank() ? "due" : sort) ? "ascending" : "none";
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance inbox(String title, boolean agencyInbox, List<ActionView> actions, Chosen chosen,
                Map<UUID, String> meetings, FormErrors errors);

        static native TemplateInstance action(ActionView action, boolean mayAssign, List<UserView> colleagues, String meetingTitle,
                FormErrors errors, Map<String, String> typed, String conflict);

        static native TemplateInstance summary(ConferenceKind kind, List<ActionSummary.AgencyRow> rows, ConferenceKind[] kinds);

        static native TemplateInstance add(ConferenceCases.CaseKey key, List<AgencyView> owners, FormErrors errors, Map<String, String> typed);
    }

    /** What a page form may hold: the same limits as the API's. */
    record ProgressForm(@jakarta.validation.constraints.Size(max = org.roundtable.web.Limits.REASON,
            message = "What happened must be {max} characters or fewer") String note) {
    }

    record NewActionForm(@jakarta.validation.constraints.Size(max = org.roundtable.web.Limits.REASON,
            message = "What the agency will do must be {max} characters or fewer") String description) {
    }

    private final ActionService actions;
    private final ActionSummary summary;
    private final Meetings meetings;
    private final ConferenceCases cases;
    private final Checks checks;

    ActionPage(ActionService actions, ActionSummary summary, Meetings meetings, ConferenceCases cases, Checks checks) {
        this.actions = actions;
        this.summary = summary;
        this.meetings = meetings;
        this.cases = cases;
        this.checks = checks;
    }

    @GET
    @RolesAllowed(Role.AGENCY_SPOC)
    @Operation(hidden = true)
    public Response inbox(@QueryParam("kind") String kind, @QueryParam("meeting") String meeting, @QueryParam("due") String due,
            @QueryParam("sort") String sort) {
        return list("Your agency's actions", true, kind, meeting, due, sort);
    }

    @GET
    @Path("mine")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(hidden = true)
    public Response mine(@QueryParam("kind") String kind, @QueryParam("meeting") String meeting, @QueryParam("due") String due,
            @QueryParam("sort") String sort) {
        return list("My actions", false, kind, meeting, due, sort);
    }

    private Response list(String title, boolean agencyInbox, String kind, String meeting, String due, String sort) {
        Chosen chosen = new Chosen(kind, meeting, due, sort);
        ActionService.Filter filter;
        try {
            filter = Filters.parse(kind, meeting, due);
        } catch (InvalidInputException e) {
            List<ActionView> all = agencyInbox ? actions.agencyInbox(ActionService.Filter.NONE) : actions.mine(ActionService.Filter.NONE);
            return Response.status(400).entity(Templates.inbox(title, agencyInbox, all, new Chosen(null, null, null, sort),
                    meetingsOf(all), FormErrors.of(e))).build();
        }
        List<ActionView> found = agencyInbox ? actions.agencyInbox(filter) : actions.mine(filter);
        List<ActionView> all = filter.equals(ActionService.Filter.NONE) ? found
                : agencyInbox ? actions.agencyInbox(ActionService.Filter.NONE) : actions.mine(ActionService.Filter.NONE);
        return Response.ok(Templates.inbox(title, agencyInbox, sorted(found, sort), chosen, meetingsOf(all), FormErrors.NONE)).build();
    }

    /** Sorting by a column keeps overdue actions first, as the inbox promises; "due" is the inbox's own order. */
    private static List<ActionView> sorted(List<ActionView> found, String sort) {
        Comparator<ActionView> by = switch (sort == null ? "" : sort) {
            case "case" -> Comparator.comparing(a -> String.valueOf(a.caseReference()));
            case "assignee" -> Comparator.comparing(a -> a.assigneeName() == null ? "\uffff" : a.assigneeName());
            case "status" -> Comparator.comparing(ActionView::status);
            default -> null;
        };
        if (by == null) {
            return found;
        }
        return found.stream().sorted(Comparator.comparing((ActionView a) -> !a.overdue()).thenComparing(by)
                .thenComparing(ActionView::dueOn)).toList();
    }

    private Map<UUID, String> meetingsOf(List<ActionView> all) {
        return meetings.titles(all.stream().map(ActionView::meetingId).filter(java.util.Objects::nonNull).distinct().toList());
    }

    @GET
    @Path("summary")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public Response summary(@QueryParam("kind") String kind) {
        ConferenceKind chosen;
        try {
            chosen = Filters.kind(kind);
        } catch (InvalidInputException e) {
            chosen = null;
        }
        if (chosen == null) {
            return Response.seeOther(URI.create("/actions/summary?kind=MARAC")).build();
        }
        return Response.ok(Templates.summary(chosen, summary.byAgency(chosen), ConferenceKind.values())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") UUID id) {
        return page(actions.read(id), FormErrors.NONE, Map.of(), null);
    }

    private TemplateInstance page(ActionView action, FormErrors errors, Map<String, String> typed, String conflict) {
        boolean mayAssign = actions.mayAssign(action);
        String meetingTitle = action.meetingId() == null ? null : meetings.titles(List.of(action.meetingId())).get(action.meetingId());
        return Templates.action(action, mayAssign, mayAssign ? actions.colleagues(action) : List.of(), meetingTitle, errors, typed, conflict);
    }

    @POST
    @Path("{id}/updates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(hidden = true)
    public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = FormValues.typed(form);
        try {
            checks.storable(new ProgressForm(typed.get("note")));
            Action.Status status = typed.getOrDefault("status", "").isBlank() ? null : parse(Action.Status.class, typed.get("status"), "status");
            Action.NotDoneCategory category = typed.getOrDefault("category", "").isBlank() ? null
                    : parse(Action.NotDoneCategory.class, typed.get("category"), "category");
            actions.update(id, status, category, typed.get("note"), Versions.fromForm(typed.get("version")));
            return Response.seeOther(URI.create("/actions/" + id + "?done=update")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(actions.read(id), FormErrors.of(e), typed, null)).build();
        } catch (StaleEditException e) {
            return Response.status(409).entity(page(actions.read(id), FormErrors.NONE, typed, e.getMessage())).build();
        }
    }

    @POST
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(RoleGroup.Allowed.ACTION_ASSIGNERS)
    @Operation(hidden = true)
    public Response assign(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, String> typed = FormValues.typed(form);
        try {
            actions.assign(id, typed.get("assignee"), Versions.fromForm(typed.get("version")));
            return Response.seeOther(URI.create("/actions/" + id + "?done=assign")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(actions.read(id), FormErrors.of(e), typed, null)).build();
        } catch (StaleEditException e) {
            return Response.status(409).entity(page(actions.read(id), FormErrors.NONE, typed, e.getMessage())).build();
        }
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public TemplateInstance addForm(@QueryParam("case") UUID referralId) {
        ConferenceCases.CaseKey key = caseKey(referralId);
        return Templates.add(key, actions.owners(key.kind()), FormErrors.NONE, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public Response add(MultivaluedMap<String, String> form) {
        Map<String, String> typed = FormValues.typed(form);
        UUID referralId;
        try {
            referralId = UUID.fromString(typed.getOrDefault("referralId", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("referralId", "Open the case and choose Add an action");
        }
        ConferenceCases.CaseKey key = caseKey(referralId);
        try {
            checks.storable(new NewActionForm(typed.get("description")));
            List<FieldError> errors = new ArrayList<>();
            LocalDate dueOn = FormValues.date(typed, "dueOn", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            ActionView added = actions.addBetweenMeetings(referralId, typed.get("owner"), typed.get("description"), dueOn);
            return Response.seeOther(URI.create("/actions/" + added.id() + "?done=add")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.add(key, actions.owners(key.kind()), FormErrors.of(e), typed)).build();
        }
    }

    private ConferenceCases.CaseKey caseKey(UUID referralId) {
        if (referralId == null) {
            throw new InvalidInputException("case", "Open the case and choose Add an action");
        }
        return cases.key(referralId).orElseThrow(() -> new org.roundtable.web.NotFoundProblem("No case " + referralId));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field.equals("status") ? "Choose a status from the list" : "Choose a reason from the list");
        }
    }
}
