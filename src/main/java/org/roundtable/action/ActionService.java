package org.roundtable.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.roundtable.audit.AuditService;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/**
 * Actions set at conferences. Who may set or review one is decided by the caller (the meeting's chair and
 * coordinators); this service keeps the record straight: every change is a dated update, never an overwrite.
 */
@ApplicationScoped
public class ActionService {

    static final String ENTITY = "action";

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Transactional
    public ActionView create(UUID referralId, UUID meetingId, String ownerAgencyCode, String description, LocalDate dueOn, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (ownerAgencyCode == null || ownerAgencyCode.isBlank()) {
            errors.add(new FieldError("owner", "Choose the agency that owns the action"));
        }
        if (description == null || description.isBlank()) {
            errors.add(new FieldError("description", "Say what the agency will do"));
        }
        if (dueOn == null) {
            errors.add(new FieldError("dueOn", "Enter the date the action is due"));
        } else if (dueOn.isBefore(LocalDate.now(java.time.ZoneId.of("Europe/London")))) {
            errors.add(new FieldError("dueOn", "The date the action is due must be today or in the future"));
        } else if (dueOn.isAfter(LocalDate.now(java.time.ZoneId.of("Europe/London")).plusYears(2))) {
            errors.add(new FieldError("dueOn", "The date the action is due must be within two years"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.referralId = referralId;
        action.meetingId = meetingId;
        action.ownerAgencyCode = ownerAgencyCode.trim().toUpperCase();
        action.description = description.trim();
        action.dueOn = dueOn;
        action.status = Action.Status.OPEN;
        action.createdAt = Instant.now();
        action.createdBy = by;
        entityManager.persist(action);
        append(action, by, null, "Set at the meeting", meetingId);
        audit.record("action.create", ENTITY, action.id.toString(), "owner " + action.ownerAgencyCode + ", referral " + referralId);
        return view(action);
    }

    /** Marks an action done or not done (with a category and text) or in progress, as a new dated update. */
    @Transactional
    public ActionView review(UUID actionId, Action.Status status, Action.NotDoneCategory category, String note, long expectedVersion,
            String by, String agencyCode, UUID meetingId) {
        Action action = load(actionId);
        if (action.version != expectedVersion) {
            throw new StaleEditException("Someone else updated this action: it is now " + action.status.label().toLowerCase() + ".",
                    view(action));
        }
        List<FieldError> errors = new ArrayList<>();
        if (status == null || status == Action.Status.OPEN) {
            errors.add(new FieldError("status", "Choose done, not done or in progress"));
        } else if (status == Action.Status.NOT_DONE) {
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
        ActionUpdate update = append(action, by, agencyCode, note, meetingId);
        update.category = action.notDoneCategory;
        entityManager.flush();
        audit.record("action.update", ENTITY, action.id.toString(), status.name());
        return view(action);
    }

    private ActionUpdate append(Action action, String by, String agencyCode, String note, UUID meetingId) {
        ActionUpdate update = new ActionUpdate();
        update.id = UUID.randomUUID();
        update.actionId = action.id;
        update.at = Instant.now();
        update.byName = by;
        update.agencyCode = agencyCode;
        update.status = action.status;
        update.note = note == null || note.isBlank() ? null : note.trim();
        update.meetingId = meetingId;
        entityManager.persist(update);
        return update;
    }

    @Transactional
    public ActionView get(UUID actionId) {
        return view(load(actionId));
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

    private Action load(UUID id) {
        Action action = entityManager.find(Action.class, id);
        if (action == null) {
            throw new NotFoundProblem("No action " + id);
        }
        return action;
    }

    private ActionView view(Action action) {
        return ActionView.of(action, entityManager.createQuery("from ActionUpdate where actionId = :id order by at, id", ActionUpdate.class)
                .setParameter("id", action.id).getResultList());
    }
}
