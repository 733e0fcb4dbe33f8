package org.roundtable.contact;

import org.roundtable.access.ContactRules;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.audit.AuditService;
import org.roundtable.referral.AdvocateCases;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.web.Checks;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/**
 * One contact log per victim case. Entries are corrected by their author for 24 hours after writing (each correction
 * keeps what the entry said before); after that, a correction is an amendment linked to the entry.
 */
@ApplicationScoped
public class ContactLog {

    static final Duration CORRECTION_WINDOW = Duration.ofHours(24);

    @Inject
    EntityManager entityManager;

    @Inject
    Caseload caseload;

    @Inject
    AdvocateCases cases;

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    @Inject
    Checks checks;

    @Inject
    Clock clock;

    /** The log as the reader may see it; every look is audited, and a refused one too. */
    @Transactional
    public ContactLogView view(UUID referralId) {
        CaseloadEntry entry = caseload.visible(referralId);
        audit.record("contact-log.view", Caseload.RECORD, referralId.toString(), null);
        return assemble(entry);
    }

    @Transactional
    public ContactEntryView add(UUID referralId, ContactForm form) {
        CaseloadEntry entry = writable(referralId);
        if (entry.support == CaseloadEntry.Support.CLOSED) {
            throw new IllegalStateChangeException("Support is closed: reopen it before logging a contact.");
        }
        ContactEntry contact = write(entry, form, null);
        audit.record("contact-log.add", Caseload.RECORD, referralId.toString(), contact.method + " " + contact.outcome);
        return view(contact, viewers.current());
    }

    /** The author's correction within 24 hours of writing; the entry's earlier content is kept. */
    @Transactional
    public ContactEntryView correct(UUID referralId, UUID entryId, ContactForm form, long expectedVersion) {
        writable(referralId);
        ContactEntry contact = contactOf(referralId, entryId);
        Viewer viewer = viewers.current();
        if (!contact.authorSubject.equals(viewer.subject())) {
            throw new ForbiddenException("Only the author corrects an entry; others add an amendment");
        }
        if (!correctable(contact, clock.instant())) {
            throw new IllegalStateChangeException("This entry was written more than 24 hours ago: add an amendment instead.");
        }
        ContactForm checked = check(form);
        if (contact.version != expectedVersion) {
            throw new StaleEditException("This entry was corrected since you read it (version " + expectedVersion + ", now "
                    + contact.version + ").", view(contact, viewer));
        }
        ContactCorrection correction = new ContactCorrection();
        correction.id = UUID.randomUUID();
        correction.entryId = contact.id;
        correction.correctedAt = clock.instant();
        correction.correctedBy = viewer.name();
        correction.before = snapshot(contact);
        entityManager.persist(correction);
        fill(contact, checked);
        contact.correctedAt = correction.correctedAt;
        audit.record("contact-log.correct", Caseload.RECORD, referralId.toString(), "entry " + entryId);
        entityManager.flush();
        return view(contact, viewer);
    }

    /** An amendment linked to an entry, for corrections after the 24 hours (or by someone other than the author). */
    @Transactional
    public ContactEntryView amend(UUID referralId, UUID entryId, ContactForm form) {
        CaseloadEntry entry = writable(referralId);
        ContactEntry original = contactOf(referralId, entryId);
        if (original.amendsEntryId != null) {
            throw new IllegalStateChangeException("Amend the original entry, not an amendment.");
        }
        ContactEntry amendment = write(entry, form, original.id);
        audit.record("contact-log.amend", Caseload.RECORD, referralId.toString(), "entry " + entryId);
        return view(amendment, viewers.current());
    }

    /** Time from referral to the first attempt and to the first contact that reached the victim, for the reports. */
    @Transactional
    public ContactFigures.Figures figures(UUID referralId) {
        CaseloadEntry entry = caseload.visible(referralId);
        return ContactFigures.of(entry.referredAt, entries(referralId));
    }

    /** The entry as a form, for the correction or amendment page. */
    @Transactional
    public ContactEntryView entry(UUID referralId, UUID entryId) {
        caseload.visible(referralId);
        return view(contactOf(referralId, entryId), viewers.current());
    }

    private CaseloadEntry writable(UUID referralId) {
        CaseloadEntry entry = caseload.visible(referralId);
        if (!ContactRules.canLog(entry.kind, viewers.current())) {
            throw new ForbiddenException("Only the advocates of the service log contacts");
        }
        return entry;
    }

    private ContactEntry write(CaseloadEntry entry, ContactForm form, UUID amends) {
        ContactForm checked = check(form);
        Viewer viewer = viewers.current();
        ContactEntry contact = new ContactEntry();
        contact.id = UUID.randomUUID();
        contact.referralId = entry.referralId;
        contact.amendsEntryId = amends;
        contact.authorSubject = viewer.subject();
        contact.authorName = viewer.name();
        contact.authorAgency = viewer.agencyCode();
        contact.writtenAt = clock.instant();
        fill(contact, checked);
        entityManager.persist(contact);
        entityManager.flush();
        return contact;
    }

    private ContactForm check(ContactForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form == null) {
            throw new InvalidInputException("occurredAt", "Send the contact as JSON");
        }
        if (form.occurredAt() == null) {
            errors.add(new FieldError("occurredAt", "Enter when the contact happened"));
        } else if (form.occurredAt().toInstant().isAfter(clock.instant().plusSeconds(60))) {
            errors.add(new FieldError("occurredAt", "The contact cannot be in the future"));
        } else if (form.occurredAt().getYear() < 2000) {
            errors.add(new FieldError("occurredAt", "Enter a real date, from 2000"));
        }
        if (form.method() == null) {
            errors.add(new FieldError("method", "Choose how you made contact"));
        }
        if (form.outcome() == null) {
            errors.add(new FieldError("outcome", "Choose the outcome"));
        }
        if (form.services() != null && form.services().size() != new java.util.HashSet<>(form.services()).size()) {
            errors.add(new FieldError("services", "Choose each service once"));
        }
        errors.addAll(checks.errors(form));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return form;
    }

    private static void fill(ContactEntry contact, ContactForm form) {
        contact.occurredAt = form.occurredAt().toInstant();
        contact.method = form.method();
        contact.outcome = form.outcome();
        contact.safetyPlanning = blankToNull(form.safetyPlanning());
        contact.services = form.services() == null ? List.of() : form.services().stream().map(Enum::name).toList();
        contact.victimRiskView = form.victimRiskView();
        contact.victimRiskWords = blankToNull(form.victimRiskWords());
        contact.consent = form.consent();
    }

    private static Map<String, Object> snapshot(ContactEntry c) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("occurredAt", c.occurredAt.toString());
        before.put("method", c.method.name());
        before.put("outcome", c.outcome.name());
        before.put("safetyPlanning", c.safetyPlanning);
        before.put("services", c.services);
        before.put("victimRiskView", c.victimRiskView == null ? null : c.victimRiskView.name());
        before.put("victimRiskWords", c.victimRiskWords);
        before.put("consent", c.consent == null ? null : c.consent.name());
        return before;
    }

    static boolean correctable(ContactEntry contact, Instant now) {
        return now.isBefore(contact.writtenAt.plus(CORRECTION_WINDOW));
    }

    private ContactEntry contactOf(UUID referralId, UUID entryId) {
        ContactEntry contact = entityManager.find(ContactEntry.class, entryId);
        if (contact == null || !contact.referralId.equals(referralId)) {
            throw new NotFoundProblem("No such entry in this contact log");
        }
        return contact;
    }

    List<ContactEntry> entries(UUID referralId) {
        return entityManager.createQuery("from ContactEntry where referralId = :id order by occurredAt desc, writtenAt desc",
                ContactEntry.class).setParameter("id", referralId).getResultList();
    }

    private ContactLogView assemble(CaseloadEntry entry) {
        Viewer viewer = viewers.current();
        var summary = cases.summary(entry.referralId).orElseThrow(() -> new NotFoundProblem("No such case"));
        List<ContactEntry> all = entries(entry.referralId);
        List<ContactEntryView> top = all.stream().filter(e -> e.amendsEntryId == null).map(e -> {
            ContactEntryView base = view(e, viewer);
            List<ContactEntryView> amendments = all.stream().filter(a -> e.id.equals(a.amendsEntryId))
                    .sorted(java.util.Comparator.comparing((ContactEntry a) -> a.writtenAt)).map(a -> view(a, viewer)).toList();
            return withAmendments(base, amendments);
        }).toList();
        return new ContactLogView(entry.referralId, summary.reference(), entry.kind, summary.victim(), summary.band(),
                caseload.view(entry), top, ContactFigures.of(entry.referredAt, all),
                ContactRules.canLog(entry.kind, viewer) && entry.support == CaseloadEntry.Support.OPEN,
                ContactRules.canTake(entry.kind, viewer) && entry.support == CaseloadEntry.Support.OPEN
                        && !viewer.subject().equals(entry.advocateSubject),
                ContactRules.canAllocateToOthers(entry.kind, viewer) && entry.support == CaseloadEntry.Support.OPEN,
                ContactRules.canCloseSupport(entry.kind, entry.advocateSubject, viewer));
    }

    private static ContactEntryView withAmendments(ContactEntryView v, List<ContactEntryView> amendments) {
        return new ContactEntryView(v.id(), v.amendsEntryId(), v.occurredAt(), v.method(), v.outcome(), v.safetyPlanning(), v.services(),
                v.victimRiskView(), v.victimRiskWords(), v.consent(), v.authorName(), v.writtenAt(), v.correctedAt(),
                v.correctableByYou(), v.corrections(), amendments, v.version());
    }

    private ContactEntryView view(ContactEntry e, Viewer viewer) {
        List<ContactEntryView.Correction> corrections = entityManager.createQuery(
                "from ContactCorrection where entryId = :id order by correctedAt", ContactCorrection.class).setParameter("id", e.id)
                .getResultList().stream().map(c -> new ContactEntryView.Correction(c.correctedAt, c.correctedBy, c.before)).toList();
        return new ContactEntryView(e.id, e.amendsEntryId, e.occurredAt, e.method, e.outcome, e.safetyPlanning,
                e.services.stream().map(Choices.Service::valueOf).toList(), e.victimRiskView, e.victimRiskWords, e.consent, e.authorName,
                e.writtenAt, e.correctedAt, e.authorSubject.equals(viewer.subject()) && correctable(e, clock.instant()),
                corrections, List.of(), e.version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
