package org.roundtable.conference;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.roundtable.action.Action;
import org.roundtable.action.ActionService;
import org.roundtable.action.ActionView;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.audit.AuditService;
import org.roundtable.audit.AuditSubject;
import org.roundtable.referral.ConferenceCases;
import org.roundtable.access.CaseRules;
import org.roundtable.access.GuestGrant;
import org.roundtable.access.GuestGrants;
import org.roundtable.access.MeetingRules;
import org.roundtable.access.Viewer;
import org.roundtable.access.Viewers;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/**
 * The meeting as the chair runs it: attendance and the confidentiality statement, then case by case the notes,
 * the review of earlier actions, new actions and the decision. Everything is saved as it is typed.
 */
@ApplicationScoped
public class MeetingRoom {

    @Inject
    GuestGrants guestGrants;

    @Inject
    org.roundtable.metrics.Metrics metrics;

    @Inject
    EntityManager entityManager;

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    ConferenceCases cases;

    @Inject
    ActionService actions;

    @Inject
    AgencyService agencies;

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    /** The whole meeting, for its chair and coordinators. */
    @Transactional
    public MeetingRecord record(UUID meetingId) {
        Meeting meeting = meetings.forChairOrCoordinator(meetingId);
        audit.record("meeting.view", Meetings.ENTITY, meetingId.toString(), null, casesOf(meetingId));
        return assemble(meeting, null);
    }

    /** What one agency receives of the minutes: only the cases and actions that concern it. */
    @Transactional
    public MeetingRecord extract(UUID meetingId, String agencyCode) {
        Meeting meeting = meetings.load(meetingId);
        Viewer viewer = viewers.current();
        if (!MeetingRules.canReadExtract(meeting.kind, meetingId, agencyCode, viewer)) {
            audit.recordRefusal("minutes.extract.denied", Meetings.ENTITY, meetingId.toString(), agencyCode, casesOf(meetingId));
            throw new ForbiddenException("An agency's extract goes to that agency, the chair and coordinators");
        }
        if (agencies.findByShortCode(agencyCode).isEmpty()) {
            throw new NotFoundProblem("No agency has the short code " + agencyCode);
        }
        audit.record("minutes.extract", Meetings.ENTITY, meetingId.toString(), agencyCode, casesOf(meetingId));
        return assemble(meeting, agencyCode.toUpperCase());
    }

    /** For a member agency before or after the meeting: the listed cases, with only its own research. */
    @Transactional
    public List<MeetingRecord.CaseRecord> listedFor(UUID meetingId) {
        Meeting meeting = meetings.load(meetingId);
        Viewer viewer = viewers.current();
        if (!MeetingRules.canSee(meeting.kind, meetingId, viewer)) {
            audit.recordRefusal("meeting.denied", Meetings.ENTITY, meetingId.toString(), "not a member agency or guest");
            throw new ForbiddenException("This meeting is not one of your conferences");
        }
        String agency = String.valueOf(viewer.agencyCode()).toUpperCase();
        boolean children = childrenAgency(agency);
        List<MeetingRecord.CaseRecord> listed = new ArrayList<>();
        for (AgendaItem item : agendas.items(meetingId)) {
            if (item.status != AgendaItem.Status.LISTED && item.status != AgendaItem.Status.HEARD
                    || !MeetingRules.canSeeListedCase(meeting.kind, item.referralId, viewer)) {
                continue;
            }
            List<MeetingRecord.Research> own = research(item.id).stream().filter(r -> r.agencyCode.equals(agency))
                    .map(r -> MeetingRecord.Research.of(r, children)).toList();
            listed.add(new MeetingRecord.CaseRecord(item.id, item.status, cases.view(item.referralId), own, null, 0, null, List.of(),
                    List.of(), null, null, null, null, item.heardAt, item.isReview()));
        }
        return listed;
    }

    /** The cases on a meeting's agenda, for the audit of reads and extracts that cover them all. */
    private List<AuditSubject> casesOf(UUID meetingId) {
        return AuditSubject.all("referral", agendas.items(meetingId).stream().map(i -> i.referralId).toList());
    }

    /** The case behind an agenda item, as the reader may see it. */
    @Transactional
    public org.roundtable.referral.ReferralView listedCase(UUID meetingId, UUID itemId) {
        return cases.view(item(meetingId, itemId, LockModeType.NONE).referralId);
    }

    /** One section of meeting mode: the meeting with only the case asked for assembled, and its number on the agenda. */
    public record Section(MeetingRecord record, int number) {
    }

    /**
     * What a form answered in place needs (issue 17): the meeting with only one case assembled (none for attendance),
     * not every case of the meeting, which each answer used to rebuild. Audited as a look at that case alone.
     */
    @Transactional
    public Section section(UUID meetingId, UUID itemId) {
        Meeting meeting = meetings.forChairOrCoordinator(meetingId);
        List<AgendaItem> items = agendas.items(meetingId);
        AgendaItem asked = itemId == null ? null
                : items.stream().filter(i -> i.id.equals(itemId)).findFirst().orElseThrow(() -> new NotFoundProblem("No such case on this agenda"));
        audit.record("meeting.view", Meetings.ENTITY, meetingId.toString(), null,
                asked == null ? List.of() : AuditSubject.all("referral", List.of(asked.referralId)));
        int number = 1;
        for (AgendaItem item : items) {
            if (item == asked) {
                break;
            }
            number += item.status == AgendaItem.Status.PROPOSED ? 0 : 1;
        }
        return new Section(assemble(meeting, null, item -> item == asked), number);
    }

    MeetingRecord assemble(Meeting meeting, String onlyAgency) {
        return assemble(meeting, onlyAgency, item -> true);
    }

    private MeetingRecord assemble(Meeting meeting, String onlyAgency, java.util.function.Predicate<AgendaItem> casesWanted) {
        List<MeetingRecord.CaseRecord> records = new ArrayList<>();
        List<AgencyView> memberAgencies = agencies.members(meeting.kind);
        java.util.Set<String> members = memberAgencies.stream().map(a -> a.shortCode().toUpperCase()).collect(
                java.util.stream.Collectors.toSet());
        List<GuestGrant> guests = guestGrants.ofMeeting(meeting.id);
        for (AgendaItem item : agendas.items(meeting.id)) {
            if (!casesWanted.test(item)) {
                continue;
            }
            // An extract holds the cases heard or listed, never one deferred (it is no longer this meeting's), and
            // only those the receiving agency may see: as a member, as a guest invited for the case, or as referrer.
            if (item.status == AgendaItem.Status.PROPOSED || onlyAgency != null && item.status == AgendaItem.Status.DEFERRED) {
                continue;
            }
            var visible = cases.viewIfVisible(item.referralId);
            if (visible.isEmpty()) {
                continue;
            }
            var referral = visible.get();
            if (onlyAgency != null && !members.contains(onlyAgency) && !referral.referringAgency().equalsIgnoreCase(onlyAgency)
                    && !invited(guests, onlyAgency, item.referralId)) {
                continue;
            }
            List<ActionView> all = actions.forReferrals(List.of(item.referralId));
            List<ActionView> earlier = all.stream().filter(a -> !a.fromMeeting(meeting.id)).filter(a -> a.status().isOpen()
                    || a.updates().stream().anyMatch(u -> u.at().isAfter(meeting.startedAt == null ? Instant.MAX : meeting.startedAt)))
                    .toList();
            List<ActionView> set = all.stream().filter(a -> a.fromMeeting(meeting.id)).toList();
            boolean children = onlyAgency == null || childrenAgency(onlyAgency);
            List<MeetingRecord.Research> research = research(item.id).stream().map(r -> MeetingRecord.Research.of(r, children)).toList();
            var record = new MeetingRecord.CaseRecord(item.id, item.status, referral, research, item.notes, item.notesVersion, item.notesBy,
                    earlier, set, item.decision == null ? null : item.decision.label(), item.decisionReason, item.nextReviewOn,
                    item.minutesSpent, item.heardAt, item.isReview());
            if (onlyAgency != null) {
                if (!record.agenciesConcerned().contains(onlyAgency)) {
                    continue;
                }
                record = new MeetingRecord.CaseRecord(record.itemId(), record.status(), referral,
                        research.stream().filter(r -> r.agencyCode().equals(onlyAgency)).toList(), record.notes(), record.notesVersion(),
                        record.notesBy(), earlier.stream().filter(a -> a.ownerAgencyCode().equals(onlyAgency)).toList(),
                        set.stream().filter(a -> a.ownerAgencyCode().equals(onlyAgency)).toList(), record.decision(),
                        record.decisionReason(), record.nextReviewOn(), record.minutesSpent(), record.heardAt(), record.review());
            }
            records.add(record);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> apologies = entityManager.createNativeQuery(
                "select agency_code, note from meeting_apology where meeting_id = :id order by agency_code")
                .setParameter("id", meeting.id).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> amendments = entityManager.createNativeQuery(
                "select at, by_name, text from minutes_amendment where meeting_id = :id order by at")
                .setParameter("id", meeting.id).getResultList();
        List<MeetingRecord.Attendee> attendees = entityManager.createQuery(
                "from MeetingAttendee where meetingId = :id order by agencyCode, addedAt", MeetingAttendee.class)
                .setParameter("id", meeting.id).getResultList().stream()
                .map(a -> new MeetingRecord.Attendee(a.id, a.agencyCode, a.name, a.acknowledgedAt)).toList();
        java.util.Set<String> attending = new java.util.TreeSet<>(memberAgencies.stream().filter(AgencyView::active)
                .map(AgencyView::shortCode).toList());
        guests.forEach(grant -> attending.add(grant.agencyCode));
        return new MeetingRecord(MeetingView.of(meeting), attendees,
                apologies.stream().map(a -> new MeetingRecord.Apology((String) a[0], (String) a[1])).toList(),
                List.copyOf(attending), records,
                amendments.stream().map(a -> new MeetingRecord.Amendment(instant(a[0]), (String) a[1], (String) a[2])).toList());
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    private boolean childrenAgency(String agencyCode) {
        return agencies.findByShortCode(agencyCode).map(a -> CaseRules.holdsChildrensRecords(a.type()))
                .orElse(false);
    }

    List<CaseResearch> research(UUID itemId) {
        return entityManager.createQuery("from CaseResearch where agendaItemId = :id order by agencyCode", CaseResearch.class)
                .setParameter("id", itemId).getResultList();
    }

    @Transactional
    public MeetingView start(UUID meetingId) {
        Meeting meeting = meetings.forChairOrCoordinator(meetingId);
        if (meeting.status != Meeting.Status.PUBLISHED) {
            throw new IllegalStateChangeException(meeting.status == Meeting.Status.PLANNED ? "Publish the agenda before the meeting starts."
                    : "This meeting has already started.");
        }
        meeting.status = Meeting.Status.IN_PROGRESS;
        meeting.startedAt = Instant.now();
        audit.record("meeting.start", Meetings.ENTITY, meetingId.toString(), null);
        return MeetingView.of(meeting);
    }

    @Transactional
    public void addAttendee(UUID meetingId, String agencyCode, String name) {
        Meeting meeting = running(meetingId);
        List<FieldError> errors = new ArrayList<>();
        if (agencyCode == null || agencies.findByShortCode(agencyCode).isEmpty()) {
            errors.add(new FieldError("agency", "Choose the attendee's agency"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", "Enter the attendee's name"));
        } else if (name.trim().length() > 255) {
            errors.add(new FieldError("name", "The attendee's name must be 255 characters or fewer"));
        }
        if (errors.stream().noneMatch(e -> e.field().equals("agency")) && !takesPart(meeting, agencyCode, null)) {
            errors.add(new FieldError("agency", "Choose an agency of this meeting: a member of " + meeting.kind.label() + " or a guest"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MeetingAttendee attendee = new MeetingAttendee();
        attendee.id = UUID.randomUUID();
        attendee.meetingId = meeting.id;
        attendee.agencyCode = agencyCode.toUpperCase();
        attendee.name = name.trim();
        attendee.addedAt = Instant.now();
        entityManager.persist(attendee);
        entityManager.createNativeQuery("delete from meeting_apology where meeting_id = :id and agency_code = :agency")
                .setParameter("id", meeting.id).setParameter("agency", attendee.agencyCode).executeUpdate();
        audit.record("meeting.attendee", Meetings.ENTITY, meetingId.toString(), attendee.agencyCode);
    }

    @Transactional
    public void acknowledge(UUID meetingId, UUID attendeeId) {
        running(meetingId);
        MeetingAttendee attendee = entityManager.find(MeetingAttendee.class, attendeeId);
        if (attendee == null || !attendee.meetingId.equals(meetingId)) {
            throw new NotFoundProblem("No attendee " + attendeeId);
        }
        if (attendee.acknowledgedAt == null) {
            attendee.acknowledgedAt = Instant.now();
        }
        audit.record("meeting.confidentiality", Meetings.ENTITY, meetingId.toString(), attendee.agencyCode);
    }

    @Transactional
    public void apologies(UUID meetingId, String agencyCode, String note) {
        Meeting meeting = running(meetingId);
        if (agencyCode == null || agencies.findByShortCode(agencyCode).isEmpty() || !takesPart(meeting, agencyCode, null)) {
            throw new InvalidInputException("apologyAgency", "Choose the agency that sent apologies");
        }
        long attending = entityManager.createQuery("select count(a) from MeetingAttendee a where a.meetingId = :id and a.agencyCode = :agency",
                Long.class).setParameter("id", meeting.id).setParameter("agency", agencyCode.toUpperCase()).getSingleResult();
        if (attending > 0) {
            throw new InvalidInputException("apologyAgency", "Someone from this agency is attending: apologies are for agencies with no one here");
        }
        entityManager.createNativeQuery("""
                insert into meeting_apology (meeting_id, agency_code, note) values (:id, :agency, :note)
                on conflict (meeting_id, agency_code) do update set note = excluded.note""")
                .setParameter("id", meeting.id).setParameter("agency", agencyCode.toUpperCase())
                .setParameter("note", note == null || note.isBlank() ? null : note.trim()).executeUpdate();
        audit.record("meeting.apologies", Meetings.ENTITY, meetingId.toString(), agencyCode.toUpperCase());
    }

    /**
     * Saves a case's discussion notes. A save against notes someone else has changed meanwhile is refused (409)
     * and kept beside them, so neither version is lost.
     */
    // The refused version is kept: the transaction commits the conflict row even though the save is refused.
    @Transactional(dontRollbackOn = StaleEditException.class)
    public long saveNotes(UUID meetingId, UUID itemId, String notes, long expectedNotesVersion) {
        running(meetingId);
        AgendaItem item = item(meetingId, itemId, LockModeType.PESSIMISTIC_WRITE);
        requireOnTheAgenda(item);
        String by = viewers.current().name();
        if (item.notesVersion != expectedNotesVersion) {
            entityManager.createNativeQuery("""
                    insert into agenda_item_notes_conflict (id, agenda_item_id, notes, saved_by, saved_at, against_version)
                    values (:id, :item, :notes, :by, now(), :version)""")
                    .setParameter("id", UUID.randomUUID()).setParameter("item", item.id).setParameter("notes", notes == null ? "" : notes)
                    .setParameter("by", by).setParameter("version", expectedNotesVersion).executeUpdate();
            throw new StaleEditException((item.notesBy == null ? "Someone else" : item.notesBy)
                    + " saved these notes while you were typing. Both versions are kept: copy what you need into theirs and save again.",
                    new NotesConflict(item.notes, item.notesVersion, item.notesBy, notes));
        }
        item.notes = notes == null || notes.isBlank() ? null : notes;
        item.notesVersion++;
        item.notesBy = by;
        audit.record("meeting.notes", Meetings.ENTITY, meetingId.toString(), "referral " + item.referralId, List.of(AuditSubject.of("referral", item.referralId)));
        return item.notesVersion;
    }

    private static void requireOnTheAgenda(AgendaItem item) {
        if (item.status == AgendaItem.Status.DEFERRED) {
            throw new IllegalStateChangeException("This case was deferred to a later meeting: record notes and actions there.");
        }
    }

    /** A member agency of the meeting's conference, or a guest invited to it (for this case, when a case is named). */
    private boolean takesPart(Meeting meeting, String agencyCode, UUID referralId) {
        String code = agencyCode.toUpperCase();
        if (agencies.members(meeting.kind).stream().anyMatch(a -> a.active() && a.shortCode().equalsIgnoreCase(code))) {
            return true;
        }
        return invited(guestGrants.ofMeeting(meeting.id), code, referralId);
    }

    /** Whether the meeting's guest grants invite this agency: for the case named, or for any when none is. */
    private static boolean invited(List<GuestGrant> guests, String agencyCode, UUID referralId) {
        return guests.stream().anyMatch(g -> agencyCode.equalsIgnoreCase(g.agencyCode) && (referralId == null || referralId.equals(g.referralId)));
    }

    /** What a 409 on notes carries: the notes as saved, and the notes that were refused. */
    public record NotesConflict(String theirs, long notesVersion, String theirsBy, String yours) {
    }

    @Transactional
    public ActionView addAction(UUID meetingId, UUID itemId, String owner, String description, LocalDate dueOn) {
        Meeting meeting = running(meetingId);
        AgendaItem item = item(meetingId, itemId, LockModeType.NONE);
        requireOnTheAgenda(item);
        if (owner != null && !owner.isBlank() && (agencies.findByShortCode(owner).isEmpty() || !takesPart(meeting, owner, item.referralId))) {
            throw new InvalidInputException("owner", "Choose an agency of this meeting to own the action");
        }
        return actions.create(item.referralId, meetingId, owner, description, dueOn, viewers.current().name());
    }

    /**
     * Records the review of an earlier action at this meeting. An action is reviewed once a meeting: a second review
     * is refused (409) unless it is a change of the first ({@code change}), and a change that says the same is refused too.
     */
    @Transactional
    public ActionView reviewAction(UUID meetingId, UUID actionId, Action.Status status, Action.NotDoneCategory category, String note,
            long expectedVersion, boolean change) {
        running(meetingId);
        ActionView action = actions.get(actionId);
        if (items(meetingId).stream().noneMatch(i -> i.referralId.equals(action.referralId()))) {
            throw new NotFoundProblem("No action " + actionId + " on this meeting's cases");
        }
        ActionView.Update earlier = action.reviewAt(meetingId);
        if (earlier != null && !change) {
            throw new IllegalStateChangeException("This action was already reviewed at this meeting (" + earlier.status().label()
                    + "): use Change to correct the review.");
        }
        if (earlier != null && earlier.status() == status && earlier.category() == (status == Action.Status.NOT_DONE ? category : null)
                && java.util.Objects.equals(blankToNull(earlier.note()), blankToNull(note))) {
            throw new IllegalStateChangeException("This review is already recorded: change the status or what happened, or leave it.");
        }
        Viewer viewer = viewers.current();
        return actions.review(actionId, status, category, note, expectedVersion, viewer.name(), viewer.agencyCode(), meetingId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The chair's decision: the case is heard, then kept under review to a date or closed with a reason. */
    @Transactional
    public void decide(UUID meetingId, UUID itemId, ConferenceCases.Decision decision, String reason, LocalDate nextReviewOn,
            Integer minutesSpent) {
        Meeting meeting = running(meetingId);
        AgendaItem item = item(meetingId, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item.status != AgendaItem.Status.LISTED) {
            throw new IllegalStateChangeException("This case was already " + item.status.name().toLowerCase() + " at this meeting.");
        }
        if (minutesSpent != null && (minutesSpent < 0 || minutesSpent > 600)) {
            throw new InvalidInputException("minutesSpent", "Enter the minutes spent on the case, 0 to 600");
        }
        // Reviewed means an update recorded at this meeting: done, not done, or still in progress are all outcomes.
        Instant started = meeting.startedAt == null ? Instant.MIN : meeting.startedAt;
        long open = actions.forReferrals(List.of(item.referralId)).stream()
                .filter(a -> !a.fromMeeting(meetingId) && a.status().isOpen())
                .filter(a -> a.updates().stream().noneMatch(u -> !u.at().isBefore(started))).count();
        if (open > 0) {
            throw new InvalidInputException("decision", "Review the " + org.roundtable.web.Plurals.counted(open, "open action")
                    + " from earlier meetings before deciding");
        }
        cases.hear(item.referralId, decision, reason, nextReviewOn, MeetingView.of(meeting).title());
        item.status = AgendaItem.Status.HEARD;
        item.decision = decision;
        item.decisionReason = reason == null || reason.isBlank() ? null : reason.trim();
        item.nextReviewOn = decision == ConferenceCases.Decision.UNDER_REVIEW ? nextReviewOn : null;
        item.minutesSpent = minutesSpent;
        item.heardAt = Instant.now();
        audit.record("meeting.decision", Meetings.ENTITY, meetingId.toString(), "referral " + item.referralId + ": " + decision, List.of(AuditSubject.of("referral", item.referralId)));
    }

    @Transactional
    public MeetingView end(UUID meetingId) {
        Meeting meeting = running(meetingId);
        long undecided = items(meetingId).stream().filter(i -> i.status == AgendaItem.Status.LISTED).count();
        if (undecided > 0) {
            throw new IllegalStateChangeException(undecided + (undecided == 1 ? " case has" : " cases have")
                    + " no decision yet: decide or defer each case before ending the meeting.");
        }
        meeting.status = Meeting.Status.HELD;
        meeting.endedAt = Instant.now();
        audit.record("meeting.end", Meetings.ENTITY, meetingId.toString(), null);
        metrics.meetingHeld(meeting.kind);
        return MeetingView.of(meeting);
    }

    /** The chair approves the minutes; from then on they are frozen and corrections are amendments. */
    @Transactional
    public MeetingView approve(UUID meetingId) {
        Meeting meeting = meetings.load(meetingId);
        Viewer viewer = viewers.current();
        if (!viewer.chairs(meeting.kind)) {
            throw new ForbiddenException("Only a chair of " + meeting.kind.label() + " approves its minutes");
        }
        if (meeting.status != Meeting.Status.HELD) {
            throw new IllegalStateChangeException(meeting.status == Meeting.Status.APPROVED ? "These minutes are already approved."
                    : "Minutes are approved after the meeting has ended.");
        }
        meeting.status = Meeting.Status.APPROVED;
        meeting.approvedAt = Instant.now();
        meeting.approvedBy = viewer.name();
        audit.record("minutes.approve", Meetings.ENTITY, meetingId.toString(), null);
        return MeetingView.of(meeting);
    }

    @Transactional
    public void amend(UUID meetingId, String text) {
        Meeting meeting = meetings.forChairOrCoordinator(meetingId);
        // Once the meeting has ended its record is closed to edits; a correction is an amendment, before approval or after.
        if (meeting.status != Meeting.Status.APPROVED && meeting.status != Meeting.Status.HELD) {
            throw new IllegalStateChangeException("While the meeting runs, correct the meeting record itself.");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("amendment", "Enter the correction");
        }
        entityManager.createNativeQuery("insert into minutes_amendment (id, meeting_id, at, by_name, text) values (:id, :meeting, now(), :by, :text)")
                .setParameter("id", UUID.randomUUID()).setParameter("meeting", meetingId).setParameter("by", viewers.current().name())
                .setParameter("text", text.trim()).executeUpdate();
        audit.record("minutes.amend", Meetings.ENTITY, meetingId.toString(), null);
    }

    private Meeting running(UUID meetingId) {
        Meeting meeting = meetings.forChairOrCoordinator(meetingId);
        if (meeting.status != Meeting.Status.IN_PROGRESS) {
            throw new IllegalStateChangeException(meeting.status == Meeting.Status.PUBLISHED || meeting.status == Meeting.Status.PLANNED
                    ? "Start the meeting first." : "The meeting has ended: its record can no longer change.");
        }
        return meeting;
    }

    private AgendaItem item(UUID meetingId, UUID itemId, LockModeType lock) {
        AgendaItem item = entityManager.find(AgendaItem.class, itemId, lock);
        if (item == null || !item.meetingId.equals(meetingId)) {
            throw new NotFoundProblem("No case " + itemId + " on this meeting");
        }
        return item;
    }

    private List<AgendaItem> items(UUID meetingId) {
        return agendas.items(meetingId).stream().sorted(Comparator.comparingInt(i -> i.position)).toList();
    }
}
