package org.roundtable.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.roundtable.audit.Actor;
import org.roundtable.audit.AuditService;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/** Partner agencies and their conference memberships. Every change is audited in the same transaction. */
@ApplicationScoped
public class AgencyService {

    static final String ENTITY = "agency";

    @Inject
    AgencyRepository repository;

    @Inject
    AuditService audit;

    @Inject
    Validator validator;

    @Inject
    CurrentUser currentUser;

    @Inject
    jakarta.enterprise.event.Event<AgencyNames.Changed> agencyChanged;

    @Transactional
    public List<AgencyView> list() {
        return repository.allByName().stream().map(AgencyView::of).toList();
    }

    @Transactional
    public AgencyView get(UUID id) {
        return AgencyView.of(load(id));
    }

    @Transactional
    public Optional<AgencyView> findByShortCode(String shortCode) {
        return repository.findByShortCode(shortCode).map(AgencyView::of);
    }

    @Transactional
    public AgencyView create(AgencyForm form) {
        return createAs(currentUser.actor(), form);
    }

    @Transactional
    public AgencyView createAs(Actor actor, AgencyForm form) {
        validate(form, null);
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.createdAt = Instant.now();
        apply(form, agency);
        repository.persist(agency);
        repository.flush();
        audit.recordFor(actor, "agency.create", ENTITY, agency.id.toString(), null, form.describe());
        agencyChanged.fire(new AgencyNames.Changed());
        return AgencyView.of(agency);
    }

    @Transactional
    public AgencyView update(UUID id, AgencyForm form, long expectedVersion) {
        Agency agency = load(id);
        if (agency.version != expectedVersion) {
            throw new StaleEditException("Someone else changed this agency while you were editing it.", AgencyView.of(agency));
        }
        validate(form, id);
        String before = new AgencyForm(agency.name, agency.shortCode, agency.type, agency.active, agency.contactEmail,
                agency.safeLivesSource).describe();
        apply(form, agency);
        repository.flush();
        audit.record("agency.update", ENTITY, id.toString(), "before: " + before + " | after: " + form.describe());
        agencyChanged.fire(new AgencyNames.Changed());
        return AgencyView.of(agency);
    }

    @Transactional
    public List<AgencyView> members(ConferenceKind kind) {
        return repository.allByName().stream().filter(a -> a.conferenceKinds.contains(kind)).map(AgencyView::of).toList();
    }

    /** Makes exactly these agencies the members of the conference kind. */
    @Transactional
    public List<AgencyView> setMembers(ConferenceKind kind, Set<UUID> agencyIds) {
        return setMembersAs(currentUser.actor(), kind, agencyIds);
    }

    /** The field a membership error names, in the API body ({@code agencyIds}). */
    public static final String MEMBERS_FIELD = "agencyIds";

    @Transactional
    public List<AgencyView> setMembersAs(Actor actor, ConferenceKind kind, Set<UUID> agencyIds) {
        if (agencyIds.isEmpty()) {
            // A conference with no member agency could publish an agenda that nobody receives.
            throw new InvalidInputException(MEMBERS_FIELD, "Select at least one member agency for the " + kind.label());
        }
        List<String> unknown = agencyIds.stream().filter(id -> repository.findById(id) == null).map(UUID::toString).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("agencyIds", "No agency has the id " + String.join(", ", unknown));
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Agency agency : repository.allByName()) {
            boolean member = agencyIds.contains(agency.id);
            if (member && agency.conferenceKinds.add(kind)) {
                added.add(agency.shortCode);
                agency.updatedAt = Instant.now();
            } else if (!member && agency.conferenceKinds.remove(kind)) {
                removed.add(agency.shortCode);
                agency.updatedAt = Instant.now();
            }
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            audit.recordFor(actor, "conference-kind.members", "conference-kind", kind.name(), null,
                    "added=" + added + "; removed=" + removed);
        }
        return members(kind);
    }

    private void validate(AgencyForm form, UUID editedId) {
        List<FieldError> errors = new ArrayList<>(validator.validate(form).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field, Comparator.comparingInt(AgencyService::fieldOrder)))
                .toList());
        if (form.shortCode() != null && !form.shortCode().isBlank()) {
            repository.findByShortCode(form.shortCode())
                    .filter(other -> !other.id.equals(editedId))
                    .ifPresent(other -> errors.add(new FieldError("shortCode",
                            "Short code " + form.shortCode().trim().toUpperCase() + " is already used by " + other.name)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static int fieldOrder(String field) {
        return List.of("name", "shortCode", "type", "active", "contactEmail", "safeLivesSource").indexOf(field);
    }

    private static void apply(AgencyForm form, Agency agency) {
        agency.name = form.name().trim();
        agency.shortCode = form.shortCode().trim().toUpperCase();
        agency.type = form.type();
        agency.active = form.active();
        agency.contactEmail = form.contactEmail();
        agency.safeLivesSource = form.safeLivesSource();
        agency.updatedAt = Instant.now();
        if (agency.conferenceKinds == null) {
            agency.conferenceKinds = EnumSet.noneOf(ConferenceKind.class);
        }
    }

    private Agency load(UUID id) {
        Agency agency = repository.findById(id);
        if (agency == null) {
            throw new NotFoundProblem("No agency with id " + id);
        }
        return agency;
    }
}
