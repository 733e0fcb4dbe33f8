package org.roundtable.action;

import org.roundtable.access.ActionRules;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditSubject;
import org.roundtable.audit.AuditService;
import org.roundtable.referral.ConferenceCases;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.user.UserService;
import org.roundtable.user.UserView;
import org.roundtable.web.Clocks;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/**
 * Actions set at conferences or added by a coordinator between them. Every change is a dated update by a named
 * user, never an overwrite; who may read or change an action is {@link org.roundtable.access.ActionRules}.
 */
@ApplicationScoped
public class ActionService {

    static final String ENTITY = "action";

    /** Inbox filters: conference kind, meeting, and due "week" (this week, not yet overdue) or "overdue". */
    public record Filter(ConferenceKind kind, UUID meetingId, String due) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    ConferenceCases cases;

    @Inject
    Viewers viewers;

    @Inject
    UserService users;

    @Inject
    AgencyService agencies;

    @Inject
    Clock clock;

    /** An action set at a meeting; the meeting's chair or coordinator has been checked by the caller. */
    @Transactional
    public ActionView create(UUID referralId, UUID meetingId, String ownerAgencyCode, String description, LocalDate dueOn, String by) {
        check(ownerAgencyCode, description, dueOn);
        ConferenceCases.CaseKey key = cases.key(referralId).orElseThrow(() -> new NotFoundProblem("No case " + referralId));
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.referralId = referralId;
        action.meetingId = meetingId;
        action.kind = key.kind();
        action.caseReference = key.reference();
        action.ownerAgencyCode = ownerAgencyCode.trim().toUpperCase(Locale.ROOT);
        action.description = description.trim();
        action.dueOn = dueOn;
        action.status = Action.Status.OPEN;
        action.createdAt = clock.instant();
        action.createdBy = by;
        entityManager.persist(action);
        append(action, by, null, meetingId == null ? "Added between meetings" : "Set at the meeting", meetingId);
        audit.record("action.create", ENTITY, action.id.toString(), "owner " + action.ownerAgencyCode + ", referral " + referralId);
        return view(action);
    }

    /** A coordinator of the case's conference adds an action between meetings, for one of the conference's agencies. */
    @Transactional
    public ActionView addBetweenMeetings(UUID referralId, String ownerAgencyCode, String description, LocalDate dueOn) {
        Viewer viewer = viewers.current();
        if (referralId == null) {
            throw new InvalidInputException("referralId", "Choose the case");
        }
        ConferenceCases.CaseKey key = cases.key(referralId).orElseThrow(() -> new NotFoundProblem("No case " + referralId));
        if (!ActionRules.canAdd(key.kind(), viewer)) {
            audit.recordRefusal("action.denied", ENTITY, null, "add to referral " + referralId);
            throw new ForbiddenException("Only a coordinator of " + key.kind().label() + " adds actions between meetings");
        }
        if (!key.open()) {
            throw new IllegalStateChangeException("This case is " + key.state().label().toLowerCase(Locale.ROOT) + ": it takes no new actions.");
        }
        if (ownerAgencyCode != null && !ownerAgencyCode.isBlank() && agencies.members(key.kind()).stream()
                .noneMatch(a -> a.active() && a.shortCode().equalsIgnoreCase(ownerAgencyCode.trim()))) {
            throw new InvalidInputException("owner", "Choose an agency of " + key.kind().label() + " to own the action");
        }
        return create(referralId, null, ownerAgencyCode, description, dueOn, viewer.name());
    }

    private void check(String ownerAgencyCode, String description, LocalDate dueOn) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = Clocks.today(clock);
        if (ownerAgencyCode == null || ownerAgencyCode.isBlank()) {
            errors.add(new FieldError("owner", "Choose the agency that owns the action"));
        }
        if (description == null || description.isBlank()) {
            errors.add(new FieldError("description", "Say what the agency will do"));
        }
        if (dueOn == null) {
            errors.add(new FieldError("dueOn", "Enter the date the action is due"));
        } else if (dueOn.isBefore(today)) {
            errors.add(new FieldError("dueOn", "The date the action is due must be today or in the future"));
        } else if (dueOn.isAfter(today.plusYears(2))) {
            errors.add(new FieldError("dueOn", "The date the action is due must be within two years"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Marks an action done or not done (with a category and text) or in progress at a meeting, as a new dated update. */
    @Transactional
    public ActionView review(UUID actionId, Action.Status status, Action.NotDoneCategory category, String note, long expectedVersion,
            String by, String agencyCode, UUID meetingId) {
        Action action = current(load(actionId), expectedVersion);
        if (status == null || status == Action.Status.OPEN) {
            throw new InvalidInputException("status", "Choose done, not done or in progress");
        }
        apply(action, status, category, note, by, agencyCode, meetingId);
        entityManager.flush();
        audit.record("action.update", ENTITY, action.id.toString(), status.name());
        return view(action);
    }

    /**
     * The owning agency (or the conference's coordinators and chairs) records progress: a note, a new status, or both.
     * A done or not-done action is finished: a later update is refused (409).
     */
    @Transactional
    public ActionView update(UUID actionId, Action.Status status, Action.NotDoneCategory category, String note, long expectedVersion) {
        Viewer viewer = viewers.current();
        Action action = visible(actionId, viewer, canUpdate(load(actionId), viewer));
        current(action, expectedVersion);
        if (!action.status.isOpen()) {
            throw new IllegalStateChangeException("This action is already " + action.status.label().toLowerCase(Locale.ROOT) + ".");
        }
        Action.Status next = status == null ? action.status : status;
        if (next == action.status && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "Say what has happened, or choose a new status");
        }
        if (next == Action.Status.OPEN && action.status == Action.Status.IN_PROGRESS) {
            throw new InvalidInputException("status", "An action in progress cannot go back to open");
        }
        apply(action, next, category, note, viewer.name(), viewer.agencyCode(), null);
        entityManager.flush();
        audit.record("action.update", ENTITY, action.id.toString(), next.name());
        return view(action);
    }

    private ActionUpdate apply(Action action, Action.Status status, Action.NotDoneCategory category, String note, String by,
            String agencyCode, UUID meetingId) {
        List<FieldError> errors = new ArrayList<>();
        if (status == Action.Status.NOT_DONE) {
            if (category == null) {
                errors.add(new FieldError("category", "Choose why the action was not done"));
            }
            if (note == null || note.isBlank()) {
                errors.add(new FieldError("note", "Say what happened"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        action.status = status;
        action.notDoneCategory = status == Action.Status.NOT_DONE ? category : null;
        action.notDoneReason = status == Action.Status.NOT_DONE ? note.trim() : null;
        action.completedAt = status.isOpen() ? null : clock.instant();
        ActionUpdate update = append(action, by, agencyCode, note, meetingId);
        update.category = action.notDoneCategory;
        return update;
    }

    /** The owning agency's single point of contact (or a coordinator of the kind) assigns the action to a colleague. */
    @Transactional
    public ActionView assign(UUID actionId, String assigneeSubject, long expectedVersion) {
        Viewer viewer = viewers.current();
        Action action = visible(actionId, viewer, canAssign(load(actionId), viewer));
        current(action, expectedVersion);
        if (!action.status.isOpen()) {
            throw new IllegalStateChangeException("This action is already " + action.status.label().toLowerCase(Locale.ROOT) + ".");
        }
        UserView assignee = assigneeSubject == null || assigneeSubject.isBlank() ? null
                : users.find(assigneeSubject.trim()).filter(UserView::active)
                        .filter(u -> action.ownerAgencyCode.equalsIgnoreCase(String.valueOf(u.agencyCode()))).orElse(null);
        if (assignee == null) {
            throw new InvalidInputException("assignee", "Choose a colleague of " + action.ownerAgencyCode + " to assign the action to");
        }
        action.assigneeSubject = assignee.subject();
        action.assigneeName = assignee.displayName();
        ActionUpdate update = append(action, viewer.name(), viewer.agencyCode(), "Assigned to " + assignee.displayName(), null);
        update.assigneeSubject = assignee.subject();
        update.assigneeName = assignee.displayName();
        entityManager.flush();
        audit.record("action.assign", ENTITY, action.id.toString(), "to " + assignee.subject());
        return view(action);
    }

    /** The people an action can be assigned to: the owning agency's active users. */
    @Transactional
    public List<UserView> colleagues(ActionView action) {
        return users.list().stream().filter(UserView::active)
                .filter(u -> action.ownerAgencyCode().equalsIgnoreCase(String.valueOf(u.agencyCode()))).toList();
    }

    /** One action for a reader who may see it (403, audited, for anyone else). */
    @Transactional
    public ActionView read(UUID actionId) {
        Viewer viewer = viewers.current();
        Action action = visible(actionId, viewer, canSee(load(actionId), viewer));
        audit.record("action.view", ENTITY, actionId.toString(), action.caseReference);
        return view(action);
    }

    public boolean mayAssign(ActionView action) {
        return canAssign(entityManager.find(Action.class, action.id()), viewers.current());
    }

    /** The single point of contact's inbox: every action of their agency; overdue first, then by due date. */
    @Transactional
    public List<ActionView> agencyInbox(Filter filter) {
        Viewer viewer = viewers.current();
        if (!ActionRules.readsAgencyInbox(viewer)) {
            audit.recordRefusal("action.denied", ENTITY, null, "agency inbox");
            throw new ForbiddenException("The agency's inbox is for its single point of contact");
        }
        List<ActionView> inbox = list("ownerAgencyCode = :who", viewer.agencyCode().toUpperCase(Locale.ROOT), filter);
        audit.record("action.list", ENTITY, null, "agency inbox " + viewer.agencyCode() + ", " + inbox.size() + " actions", subjects(inbox));
        return inbox;
    }

    /** The actions assigned to the reader. */
    @Transactional
    public List<ActionView> mine(Filter filter) {
        Viewer viewer = viewers.current();
        List<ActionView> mine = list("assigneeSubject = :who", viewer.subject(), filter);
        audit.record("action.list", ENTITY, null, "my actions, " + mine.size() + " actions", subjects(mine));
        return mine;
    }

    /** The actions a list returned and the cases they belong to, so that the list is found from either. */
    private static List<AuditSubject> subjects(List<ActionView> actions) {
        return java.util.stream.Stream.concat(AuditSubject.all(ENTITY, actions.stream().map(ActionView::id).toList()).stream(),
                AuditSubject.all("referral", actions.stream().map(ActionView::referralId).toList()).stream()).toList();
    }

    private List<ActionView> list(String whose, String who, Filter filter) {
        LocalDate today = Clocks.today(clock);
        StringBuilder query = new StringBuilder("from Action where " + whose);
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
        }
        if (filter.meetingId() != null) {
            query.append(" and meetingId = :meeting");
        }
        if ("overdue".equals(filter.due())) {
            query.append(" and status in ('OPEN', 'IN_PROGRESS') and dueOn < :today");
        } else if ("week".equals(filter.due())) {
            query.append(" and status in ('OPEN', 'IN_PROGRESS') and dueOn between :today and :sunday");
        }
        var typed = entityManager.createQuery(query.toString(), Action.class).setParameter("who", who);
        if (filter.kind() != null) {
            typed.setParameter("kind", filter.kind());
        }
        if (filter.meetingId() != null) {
            typed.setParameter("meeting", filter.meetingId());
        }
        if ("overdue".equals(filter.due()) || "week".equals(filter.due())) {
            typed.setParameter("today", today);
        }
        if ("week".equals(filter.due())) {
            typed.setParameter("sunday", today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        }
        return typed.getResultList().stream().sorted(InboxOrder.of(today)).map(a -> ActionView.of(a, List.of(), today)).toList();
    }

    /** Open actions due by a day, for the reminder job (no reader: the system decides). */
    @Transactional
    public List<ActionView> openDueBy(LocalDate day) {
        LocalDate today = Clocks.today(clock);
        return entityManager.createQuery("from Action where status in ('OPEN', 'IN_PROGRESS') and dueOn <= :day order by dueOn, id",
                Action.class).setParameter("day", day).getResultList().stream().map(a -> ActionView.of(a, List.of(), today)).toList();
    }

    /** The actions of a case that the reader may see (their agency's, or all when they run its conference), oldest first. */
    @Transactional
    public List<ActionView> visibleOnCase(UUID referralId) {
        Viewer viewer = viewers.current();
        LocalDate today = Clocks.today(clock);
        return entityManager.createQuery("from Action where referralId = :id order by createdAt, id", Action.class)
                .setParameter("id", referralId).getResultList().stream().filter(a -> canSee(a, viewer))
                .map(a -> ActionView.of(a, List.of(), today)).toList();
    }

    /** Whether the reader may add an action to a case of this kind between meetings. */
    public boolean mayAdd(ConferenceKind kind) {
        return ActionRules.canAdd(kind, viewers.current());
    }

    /** The actions of these cases, oldest first. */
    @Transactional
    public List<ActionView> forReferrals(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Action where referralId in :ids order by createdAt, id", Action.class)
                .setParameter("ids", referralIds).getResultList().stream().map(this::view).toList();
    }

    @Transactional
    public ActionView get(UUID actionId) {
        return view(load(actionId));
    }

    /** The agencies an action on a case of this kind may be given to. */
    public List<AgencyView> owners(ConferenceKind kind) {
        return agencies.members(kind).stream().filter(AgencyView::active).toList();
    }

    private Action visible(UUID actionId, Viewer viewer, boolean allowed) {
        Action action = load(actionId);
        if (!allowed) {
            audit.recordRefusal("action.denied", ENTITY, actionId.toString(), "agency " + viewer.agencyCode());
            throw new ForbiddenException("This action belongs to another agency");
        }
        return action;
    }

    private Action current(Action action, long expectedVersion) {
        if (action.version != expectedVersion) {
            throw new StaleEditException("Someone else updated this action: it is now " + action.status.label().toLowerCase(Locale.ROOT)
                    + (action.assigneeName == null ? "" : ", assigned to " + action.assigneeName) + ".", view(action));
        }
        return action;
    }

    private ActionUpdate append(Action action, String by, String agencyCode, String note, UUID meetingId) {
        ActionUpdate update = new ActionUpdate();
        update.id = UUID.randomUUID();
        update.actionId = action.id;
        update.at = clock.instant();
        update.byName = by;
        update.agencyCode = agencyCode;
        update.status = action.status;
        update.note = note == null || note.isBlank() ? null : note.trim();
        update.meetingId = meetingId;
        entityManager.persist(update);
        return update;
    }

    private Action load(UUID id) {
        Action action = entityManager.find(Action.class, id);
        if (action == null) {
            throw new NotFoundProblem("No action " + id);
        }
        return action;
    }

    private ActionView view(Action action) {
        return ActionView.of(action, entityManager.createQuery("from ActionUpdate where actionId = :id order by at, id", ActionUpdate.class)
                .setParameter("id", action.id).getResultList(), Clocks.today(clock));
    }

    /** Overdue first, then open by due date, then finished ones by due date. */
    static final class InboxOrder {
        private InboxOrder() {
        }

        static Comparator<Action> of(LocalDate today) {
            return Comparator.<Action>comparingInt(a -> a.overdueOn(today) ? 0 : a.status.isOpen() ? 1 : 2)
                    .thenComparing(a -> a.dueOn).thenComparing(a -> a.id);
        }
    }

    private static boolean canSee(Action action, Viewer viewer) {
        return ActionRules.canSee(action.kind, action.ownerAgencyCode, viewer);
    }

    private static boolean canUpdate(Action action, Viewer viewer) {
        return ActionRules.canUpdate(action.kind, action.ownerAgencyCode, viewer);
    }

    private static boolean canAssign(Action action, Viewer viewer) {
        return ActionRules.canAssign(action.kind, action.ownerAgencyCode, viewer);
    }
}
