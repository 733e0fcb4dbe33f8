package org.roundtable.contact;

import org.roundtable.access.ContactRules;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.conference.NextMeetings;
import org.roundtable.referral.AdvocateCases;
import org.roundtable.referral.ReferralAccepted;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.user.UserService;
import org.roundtable.user.UserView;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/** The advocate services' caseloads: cases arrive when accepted, are allocated, and support is closed and reopened. */
@ApplicationScoped
public class Caseload {

    static final String RECORD = "referral";

    @Inject
    EntityManager entityManager;

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    @Inject
    AdvocateCases cases;

    @Inject
    NextMeetings nextMeetings;

    @Inject
    BankHolidays bankHolidays;

    @Inject
    UserService users;

    @Inject
    AgencyService agencies;

    @Inject
    Clock clock;

    /** A MARAC or SARAC case accepted at screening goes to its advocate service's caseload (once; a deferral re-accepts). */
    void onAccepted(@Observes ReferralAccepted accepted) {
        if (ContactRules.advocateService(accepted.kind()) == null || entryOf(accepted.referralId()) != null) {
            return;
        }
        CaseloadEntry entry = new CaseloadEntry();
        entry.id = UUID.randomUUID();
        entry.referralId = accepted.referralId();
        entry.kind = accepted.kind();
        entry.referredAt = accepted.submittedAt() == null ? accepted.acceptedAt() : accepted.submittedAt();
        entry.serviceAllocatedAt = accepted.acceptedAt();
        entityManager.persist(entry);
        history(entry, "SERVICE", "Accepted at screening and allocated to the "
                + ContactRules.advocateService(entry.kind).label(), entry.serviceAllocatedAt);
    }

    /** The reader's caseload: their own cases and the service's unallocated ones, or all of a kind for its SPOC, coordinators and chairs. */
    @Transactional
    public List<CaseloadRow> list() {
        Viewer viewer = viewers.current();
        Set<ConferenceKind> kinds = Arrays.stream(ConferenceKind.values()).filter(k -> ContactRules.canSee(k, viewer))
                .collect(Collectors.toSet());
        if (kinds.isEmpty()) {
            audit.recordRefusal("caseload.denied", RECORD, null, "not an advocate service, coordinator or chair");
            throw new ForbiddenException("Only the advocate service, coordinators and chairs see the caseload");
        }
        List<CaseloadEntry> entries = entityManager.createQuery("from CaseloadEntry where kind in :kinds", CaseloadEntry.class)
                .setParameter("kinds", kinds).getResultList().stream()
                .filter(e -> !ContactRules.isAdvocate(e.kind, viewer) || ContactRules.isServiceSpoc(e.kind, viewer)
                        || viewer.coordinates(e.kind) || viewer.chairs(e.kind)
                        || e.advocateSubject == null && e.support == CaseloadEntry.Support.OPEN
                        || viewer.subject().equals(e.advocateSubject))
                .toList();
        List<CaseloadRow> rows = rows(entries, viewer);
        audit.recordList("caseload.view", RECORD, rows.stream().map(CaseloadRow::referralId).toList(), rows.size() + " cases");
        return rows;
    }

    private List<CaseloadRow> rows(List<CaseloadEntry> entries, Viewer viewer) {
        Instant now = clock.instant();
        Set<UUID> ids = entries.stream().map(e -> e.referralId).collect(Collectors.toSet());
        Map<UUID, List<ContactEntry>> contacts = ids.isEmpty() ? Map.of() : entityManager.createQuery(
                "from ContactEntry where referralId in :ids and amendsEntryId is null", ContactEntry.class)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.groupingBy(c -> c.referralId));
        Map<UUID, java.time.LocalDate> meetings = nextMeetings.of(ids, now);
        Set<java.time.LocalDate> holidays = bankHolidays.days();
        return entries.stream().map(e -> {
            var summary = cases.summary(e.referralId).orElseThrow();
            List<ContactEntry> logged = contacts.getOrDefault(e.referralId, List.of());
            Instant lastContact = logged.stream().map(c -> c.occurredAt).max(Comparator.naturalOrder()).orElse(null);
            ContactStatus status = ContactStatus.of(e.support == CaseloadEntry.Support.CLOSED, logged.stream().map(c -> c.outcome).toList(),
                    WorkingDays.firstContactDue(e.serviceAllocatedAt, holidays), now);
            return new CaseloadRow(e.referralId, summary.reference(), e.kind, summary.victimName(), summary.band(),
                    meetings.get(e.referralId), lastContact, Duration.between(e.referredAt, now).toDays(), status, e.advocateName,
                    viewer.subject().equals(e.advocateSubject), e.referredAt, e.version);
        }).sorted(Comparator.comparing((CaseloadRow r) -> r.band() == null ? -1 : r.band().ordinal()).reversed()
                .thenComparing(CaseloadRow::referredAt)).toList();
    }

    /** The case's caseload entry, if the reader may see it; a refused look is audited. */
    @Transactional
    public CaseloadEntryView entry(UUID referralId) {
        return view(visible(referralId));
    }

    /** "Allocate to me": an advocate of the service takes the case. */
    @Transactional
    public CaseloadEntryView take(UUID referralId, long expectedVersion) {
        Viewer viewer = viewers.current();
        CaseloadEntry entry = visible(referralId);
        if (!ContactRules.canTake(entry.kind, viewer)) {
            throw new ForbiddenException("Only an advocate of the service takes a case");
        }
        return allocate(entry, viewer.subject(), viewer.name(), viewer.agencyCode(), expectedVersion, viewer.name() + " took the case");
    }

    /** The service's SPOC allocates the case to a named advocate of the service. */
    @Transactional
    public CaseloadEntryView allocateTo(UUID referralId, String advocateSubject, long expectedVersion) {
        Viewer viewer = viewers.current();
        CaseloadEntry entry = visible(referralId);
        if (!ContactRules.canAllocateToOthers(entry.kind, viewer)) {
            throw new ForbiddenException("Only the advocate service's single point of contact allocates cases to others");
        }
        UserView advocate = advocateSubject == null || advocateSubject.isBlank() ? null : users.find(advocateSubject.trim()).orElse(null);
        var agencyType = advocate == null || advocate.agencyCode() == null ? null
                : agencies.findByShortCode(advocate.agencyCode()).map(AgencyView::type).orElse(null);
        if (advocate == null || !ContactRules.canBeAllocated(entry.kind, agencyType, advocate.roles())) {
            throw new InvalidInputException("advocateSubject", "Choose an advocate of the " + ContactRules.advocateService(entry.kind).label());
        }
        return allocate(entry, advocate.subject(), advocate.displayName(), advocate.agencyCode(), expectedVersion,
                viewer.name() + " allocated the case to " + advocate.displayName());
    }

    /** Advocates of the case's service, for the SPOC's allocation list. */
    @Transactional
    public List<UserView> advocatesFor(ConferenceKind kind) {
        return users.list().stream().filter(u -> u.active() && u.agencyCode() != null && ContactRules.canBeAllocated(kind,
                agencies.findByShortCode(u.agencyCode()).map(AgencyView::type).orElse(null), u.roles())).toList();
    }

    private CaseloadEntryView allocate(CaseloadEntry entry, String subject, String name, String agency, long expectedVersion, String detail) {
        checkVersion(entry, expectedVersion);
        if (entry.support == CaseloadEntry.Support.CLOSED) {
            throw new IllegalStateChangeException("Support is closed: reopen it before allocating the case.");
        }
        if (subject.equals(entry.advocateSubject)) {
            throw new IllegalStateChangeException("The case is already allocated to " + name + ".");
        }
        entry.advocateSubject = subject;
        entry.advocateName = name;
        entry.advocateAgency = agency;
        entry.allocatedAt = clock.instant();
        history(entry, "ALLOCATED", detail, entry.allocatedAt);
        audit.record("caseload.allocate", RECORD, entry.referralId.toString(), "allocated to " + subject);
        entityManager.flush();
        return view(entry);
    }

    /** Closes the advocate's support of the victim with the closure outcomes; the referral's own state does not change. */
    @Transactional
    public CaseloadEntryView close(UUID referralId, CaseloadResource.Closing closing, long expectedVersion) {
        Viewer viewer = viewers.current();
        CaseloadEntry entry = visible(referralId);
        if (!ContactRules.canCloseSupport(entry.kind, entry.advocateSubject, viewer)) {
            throw new ForbiddenException("Only the allocated advocate or the service's SPOC closes support");
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        if (closing == null || closing.reason() == null) {
            errors.add(new FieldError("reason", "Choose why support is closing"));
        }
        requireOutcome(closing == null ? null : closing.physicalAbuse(), "physicalAbuse", "physical abuse", errors);
        requireOutcome(closing == null ? null : closing.sexualAbuse(), "sexualAbuse", "sexual abuse", errors);
        requireOutcome(closing == null ? null : closing.harassmentAndStalking(), "harassmentAndStalking", "harassment and stalking", errors);
        requireOutcome(closing == null ? null : closing.jealousAndControlling(), "jealousAndControlling",
                "jealous and controlling behaviour", errors);
        if (closing == null || closing.feelsSafer() == null) {
            errors.add(new FieldError("feelsSafer", "Say whether the victim feels safer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        checkVersion(entry, expectedVersion);
        if (entry.support == CaseloadEntry.Support.CLOSED) {
            throw new IllegalStateChangeException("Support is already closed.");
        }
        entry.support = CaseloadEntry.Support.CLOSED;
        entry.closureReason = closing.reason();
        entry.physical = closing.physicalAbuse();
        entry.sexual = closing.sexualAbuse();
        entry.harassment = closing.harassmentAndStalking();
        entry.controlling = closing.jealousAndControlling();
        entry.feelsSafer = closing.feelsSafer();
        entry.closedAt = clock.instant();
        history(entry, "CLOSED", "Support closed: " + closing.reason().label(), entry.closedAt);
        audit.record("caseload.close", RECORD, entry.referralId.toString(), closing.reason().name());
        entityManager.flush();
        return view(entry);
    }

    @Transactional
    public CaseloadEntryView reopen(UUID referralId, String reason, long expectedVersion) {
        Viewer viewer = viewers.current();
        CaseloadEntry entry = visible(referralId);
        if (!ContactRules.canCloseSupport(entry.kind, entry.advocateSubject, viewer)) {
            throw new ForbiddenException("Only the allocated advocate or the service's SPOC reopens support");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Give the reason for reopening support");
        }
        checkVersion(entry, expectedVersion);
        if (entry.support == CaseloadEntry.Support.OPEN) {
            throw new IllegalStateChangeException("Support is open already.");
        }
        entry.support = CaseloadEntry.Support.OPEN;
        UUID event = history(entry, "REOPENED", "Support reopened: " + reason.trim(), clock.instant());
        // The reason stays in the caseload history; the audit row names that entry.
        audit.record("caseload.reopen", RECORD, entry.referralId.toString(), "caseload event " + event);
        entityManager.flush();
        return view(entry);
    }

    private static void requireOutcome(Choices.Change change, String field, String words, List<FieldError> errors) {
        if (change == null) {
            errors.add(new FieldError(field, "Say how " + words + " compares with intake"));
        }
    }

    private void checkVersion(CaseloadEntry entry, long expectedVersion) {
        if (entry.version != expectedVersion) {
            throw new StaleEditException("Someone changed this case's allocation or support since you read it (version "
                    + expectedVersion + ", now " + entry.version + "). Read it again and decide.", view(entry));
        }
    }

    /** The entry, or 404; a reader outside the advocate service, coordinators and chairs of its kind gets 403, audited. */
    CaseloadEntry visible(UUID referralId) {
        CaseloadEntry entry = entryOf(referralId);
        if (entry == null) {
            throw new NotFoundProblem("No caseload entry for this case");
        }
        if (!ContactRules.canSee(entry.kind, viewers.current())) {
            audit.recordRefusal("contact-log.denied", RECORD, referralId.toString(), "not the advocate service, a coordinator or chair");
            throw new ForbiddenException("Only the victim's advocate service, coordinators and chairs see the contact log");
        }
        return entry;
    }

    CaseloadEntry entryOf(UUID referralId) {
        return entityManager.createQuery("from CaseloadEntry where referralId = :id", CaseloadEntry.class)
                .setParameter("id", referralId).getResultStream().findFirst().orElse(null);
    }

    CaseloadEntryView view(CaseloadEntry e) {
        List<CaseloadEntryView.HistoryLine> history = entityManager.createQuery(
                "from CaseloadEvent where entryId = :id order by occurredAt", CaseloadEvent.class).setParameter("id", e.id)
                .getResultList().stream().map(h -> new CaseloadEntryView.HistoryLine(h.occurredAt, h.what, h.actorName, h.detail)).toList();
        CaseloadEntryView.Closure closure = e.closedAt == null ? null : new CaseloadEntryView.Closure(e.closureReason, e.physical, e.sexual,
                e.harassment, e.controlling, e.feelsSafer, e.closedAt);
        return new CaseloadEntryView(e.referralId, e.kind, e.advocateSubject, e.advocateName, e.allocatedAt, e.serviceAllocatedAt,
                WorkingDays.firstContactDue(e.serviceAllocatedAt, bankHolidays.days()), e.support == CaseloadEntry.Support.OPEN,
                closure, history, e.version);
    }

    private UUID history(CaseloadEntry entry, String what, String detail, Instant at) {
        CaseloadEvent event = new CaseloadEvent();
        event.id = UUID.randomUUID();
        event.entryId = entry.id;
        event.occurredAt = at;
        event.what = what;
        Viewer viewer = viewers.current();
        event.actorSubject = viewer.subject() == null ? "system" : viewer.subject();
        event.actorName = viewer.name() == null ? "Roundtable" : viewer.name();
        event.detail = detail;
        entityManager.persist(event);
        return event.id;
    }
}
