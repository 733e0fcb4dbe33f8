package org.roundtable.conference;

import org.roundtable.access.GuestGrant;
import org.roundtable.access.GuestGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.roundtable.audit.AuditService;
import org.roundtable.audit.AuditSubject;
import org.roundtable.checklist.SettingsService;
import org.roundtable.referral.ConferenceCases;
import org.roundtable.referral.ReferralState;
import org.roundtable.referral.ReferralView;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;

/**
 * A meeting's agenda: Roundtable proposes the cases in risk order up to the conference's cap (the rest wait for
 * the next meeting); the coordinator reorders, adds and defers with a reason, then publishes, which lists the cases.
 */
@ApplicationScoped
public class Agendas {

    /** What the coordinator sees: the agenda, and the eligible cases over the cap or not yet on it. */
    public record Agenda(MeetingView meeting, int cap, List<AgendaEntry> items, List<AgendaEntry> waiting, List<Guest> guests) {

        public List<AgendaEntry> onAgenda() {
            return items.stream().filter(i -> i.status() != AgendaItem.Status.DEFERRED).toList();
        }

        public List<AgendaEntry> deferred() {
            return items.stream().filter(i -> i.status() == AgendaItem.Status.DEFERRED).toList();
        }
    }

    /** A guest agency and the cases of this meeting it was invited for. */
    public record Guest(String agencyCode, List<String> references) {
    }

    /** Fired when an agenda is published, for the notice to member agencies and the guest agencies invited so far. */
    public record Published(MeetingView meeting, List<String> guestAgencies) {
    }

    /** Fired when a guest agency is invited to a meeting whose agenda is already published, for its notice. */
    public record GuestInvited(MeetingView meeting, String agencyCode) {
    }

    @Inject
    GuestGrants guestGrants;

    @Inject
    EntityManager entityManager;

    @Inject
    Meetings meetings;

    @Inject
    ConferenceCases cases;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    Event<Published> published;

    @Inject
    Event<GuestInvited> guestInvited;

    @Inject
    org.roundtable.agency.AgencyService agencies;

    @Inject
    org.roundtable.access.Viewers viewers;

    /** The agenda as it stands; while it is empty and unpublished, Roundtable's proposal fills it. */
    @Transactional
    public Agenda agenda(UUID meetingId) {
        Meeting meeting = meetings.forCoordinator(meetingId);
        List<AgendaItem> items = items(meetingId);
        int cap = settings.get(meeting.kind).agendaCap();
        if (items.isEmpty() && meeting.status == Meeting.Status.PLANNED) {
            List<ReferralView> proposal = eligible(meeting);
            for (int i = 0; i < Math.min(cap, proposal.size()); i++) {
                persist(meeting, proposal.get(i), i + 1);
            }
            items = items(meetingId);
            audit.record("agenda.propose", Meetings.ENTITY, meetingId.toString(), items.size() + " cases proposed, cap " + cap,
                    AuditSubject.all("referral", items.stream().map(i -> i.referralId).toList()));
        }
        return view(meeting, items, cap);
    }

    private Agenda view(Meeting meeting, List<AgendaItem> items, int cap) {
        List<AgendaEntry> entries = items.stream().map(item -> AgendaEntry.of(item, cases.view(item.referralId))).toList();
        Set<UUID> present = new HashSet<>(items.stream().map(i -> i.referralId).toList());
        List<AgendaEntry> waiting = meeting.status == Meeting.Status.PLANNED || meeting.status == Meeting.Status.PUBLISHED
                ? eligible(meeting).stream().filter(r -> !present.contains(r.id())).map(AgendaEntry::proposed).toList() : List.of();
        Map<UUID, String> references = new HashMap<>();
        entries.forEach(e -> references.put(e.referral().id(), e.referral().reference()));
        Map<String, List<String>> guests = new TreeMap<>();
        for (GuestGrant grant : guestGrants.ofMeeting(meeting.id)) {
            guests.computeIfAbsent(grant.agencyCode, k -> new ArrayList<>()).add(references.getOrDefault(grant.referralId, "a deferred case"));
        }
        return new Agenda(MeetingView.of(meeting), cap, entries, waiting,
                guests.entrySet().stream().map(g -> new Guest(g.getKey(), g.getValue())).toList());
    }

    /**
     * Invites an agency that is not a member of the conference to this meeting for the named cases only: it then sees
     * those cases, shares what it holds about them, and can attend.
     */
    @Transactional
    public Agenda inviteGuest(UUID meetingId, String agencyCode, List<UUID> referralIds) {
        Meeting meeting = meetings.forCoordinator(meetingId);
        requireOpen(meeting);
        var agency = agencyCode == null ? java.util.Optional.<org.roundtable.agency.AgencyView>empty() : agencies.findByShortCode(agencyCode);
        if (agency.isEmpty() || !agency.get().active()) {
            throw new InvalidInputException("guestAgency", "Choose the agency to invite");
        }
        if (agency.get().conferenceKinds().contains(meeting.kind)) {
            throw new InvalidInputException("guestAgency", agency.get().name() + " is a member of " + meeting.kind.label()
                    + " already and sees every listed case");
        }
        List<AgendaItem> items = items(meetingId).stream().filter(i -> i.status != AgendaItem.Status.DEFERRED)
                .filter(i -> referralIds != null && referralIds.contains(i.referralId)).toList();
        if (items.isEmpty()) {
            throw new InvalidInputException("guestCases", "Choose the cases on this agenda the guest agency is invited for");
        }
        for (AgendaItem item : items) {
            guestGrants.grant(meetingId, agency.get().shortCode(), item.referralId, viewers.current().name());
        }
        audit.record("meeting.guest", Meetings.ENTITY, meetingId.toString(), agency.get().shortCode() + " for " + items.size() + " cases",
                AuditSubject.all("referral", items.stream().map(i -> i.referralId).toList()));
        if (meeting.status != Meeting.Status.PLANNED) {
            guestInvited.fire(new GuestInvited(MeetingView.of(meeting), agency.get().shortCode()));
        }
        return view(meeting, items(meetingId), settings.get(meeting.kind).agendaCap());
    }

    /** Cases that may go on this meeting, highest risk first, leaving out those on another meeting's unpublished agenda. */
    private List<ReferralView> eligible(Meeting meeting) {
        LocalDate day = meeting.startsAt.atZone(Meetings.LONDON).toLocalDate();
        @SuppressWarnings("unchecked")
        Set<UUID> elsewhere = new HashSet<>(entityManager.createNativeQuery("""
                select i.referral_id from agenda_item i join meeting m on m.id = i.meeting_id
                where i.status = 'PROPOSED' and m.id <> :meeting and m.status = 'PLANNED'""")
                .setParameter("meeting", meeting.id).getResultList());
        return cases.eligibleForAgenda(meeting.kind, day).stream().filter(r -> !elsewhere.contains(r.id()))
                .sorted(AgendaOrder.BY_RISK).toList();
    }

    /** Adds an eligible case at the end; on a published agenda it is listed at once. */
    @Transactional
    public Agenda add(UUID meetingId, UUID referralId) {
        Meeting meeting = meetings.forCoordinator(meetingId);
        requireOpen(meeting);
        List<AgendaItem> items = items(meetingId);
        AgendaItem existing = items.stream().filter(i -> i.referralId.equals(referralId)).findFirst().orElse(null);
        if (existing != null && existing.status != AgendaItem.Status.DEFERRED) {
            throw new InvalidInputException("referralId", "That case is already on this agenda");
        }
        ReferralView referral = eligible(meeting).stream().filter(r -> r.id().equals(referralId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("referralId", "That case cannot go on this agenda: it is not accepted or due for review"));
        int last = items.stream().mapToInt(i -> i.position).max().orElse(0);
        AgendaItem item = existing != null ? existing : persist(meeting, referral, last + 1);
        item.position = last + 1;
        item.status = AgendaItem.Status.PROPOSED;
        item.cameFrom = referral.state();
        item.deferReason = null;
        if (meeting.status == Meeting.Status.PUBLISHED) {
            listItem(meeting, item);
        }
        audit.record("agenda.add", Meetings.ENTITY, meetingId.toString(), "referral " + referralId, List.of(AuditSubject.of("referral", referralId)));
        agendaChanged(meeting);
        entityManager.flush();
        return view(meeting, items(meetingId), settings.get(meeting.kind).agendaCap());
    }

    /** Moves a case one place up or down. */
    @Transactional
    public Agenda move(UUID meetingId, UUID itemId, boolean up) {
        Meeting meeting = meetings.forCoordinator(meetingId);
        requireOpen(meeting);
        List<AgendaItem> active = new ArrayList<>(items(meetingId).stream().filter(i -> i.status != AgendaItem.Status.DEFERRED).toList());
        int at = indexOf(active, itemId);
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < active.size()) {
            int swap = active.get(at).position;
            active.get(at).position = active.get(to).position;
            active.get(to).position = swap;
            agendaChanged(meeting);
        }
        entityManager.flush();
        return view(meeting, items(meetingId), settings.get(meeting.kind).agendaCap());
    }

    /** Takes a case off the agenda with a reason; a listed case goes back to where it came from. */
    @Transactional
    public Agenda defer(UUID meetingId, UUID itemId, String reason) {
        Meeting meeting = meetings.forCoordinator(meetingId);
        // A case the meeting runs out of time for is deferred while it runs, too: the agenda is closed only once it has ended.
        if (meeting.status != Meeting.Status.IN_PROGRESS) {
            requireOpen(meeting);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Give the reason for deferring the case");
        }
        List<AgendaItem> items = items(meetingId);
        AgendaItem item = items.get(indexOf(items, itemId));
        if (item.status == AgendaItem.Status.DEFERRED || item.status == AgendaItem.Status.HEARD) {
            throw new IllegalStateChangeException("This case is already " + item.status.name().toLowerCase() + ".");
        }
        if (item.status == AgendaItem.Status.LISTED) {
            cases.defer(item.referralId, reason.trim());
        }
        item.status = AgendaItem.Status.DEFERRED;
        item.deferReason = reason.trim();
        // The reason stays on the agenda item (defer_reason); the audit row names the item.
        audit.record("agenda.defer", Meetings.ENTITY, meetingId.toString(), "referral " + item.referralId + "; agenda item " + item.id,
                List.of(AuditSubject.of("referral", item.referralId)));
        agendaChanged(meeting);
        entityManager.flush();
        return view(meeting, items(meetingId), settings.get(meeting.kind).agendaCap());
    }

    /** A change to the agenda is a change to the meeting: a publish made from an older page then gets 409. */
    private void agendaChanged(Meeting meeting) {
        if (meeting.status == Meeting.Status.PLANNED) {
            entityManager.lock(meeting, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
    }

    /** Publishes the agenda: every case on it becomes listed, and member agencies are told. */
    @Transactional
    public Agenda publish(UUID meetingId, long expectedVersion) {
        Meeting meeting = meetings.forCoordinator(meetingId);
        if (meeting.version != expectedVersion) {
            throw new org.roundtable.web.StaleEditException("Someone else changed this meeting while you were looking at it.",
                    MeetingView.of(meeting));
        }
        if (meeting.status != Meeting.Status.PLANNED) {
            throw new IllegalStateChangeException("This agenda was already published.");
        }
        List<AgendaItem> items = items(meetingId).stream().filter(i -> i.status == AgendaItem.Status.PROPOSED).toList();
        if (items.isEmpty()) {
            throw new InvalidInputException("agenda", "Add at least one case before publishing the agenda");
        }
        for (AgendaItem item : items) {
            listItem(meeting, item);
        }
        meeting.status = Meeting.Status.PUBLISHED;
        meeting.publishedAt = Instant.now();
        entityManager.flush();
        audit.record("agenda.publish", Meetings.ENTITY, meetingId.toString(), items.size() + " cases listed",
                AuditSubject.all("referral", items.stream().map(i -> i.referralId).toList()));
        MeetingView view = MeetingView.of(meeting);
        published.fire(new Published(view, guestGrants.ofMeeting(meetingId).stream().map(g -> g.agencyCode).distinct().toList()));
        return view(meeting, items(meetingId), settings.get(meeting.kind).agendaCap());
    }

    private void listItem(Meeting meeting, AgendaItem item) {
        cases.list(item.referralId, MeetingView.of(meeting).title());
        item.status = AgendaItem.Status.LISTED;
    }

    private static void requireOpen(Meeting meeting) {
        if (meeting.status != Meeting.Status.PLANNED && meeting.status != Meeting.Status.PUBLISHED) {
            throw new IllegalStateChangeException("The meeting has started: its agenda can no longer change.");
        }
    }

    private AgendaItem persist(Meeting meeting, ReferralView referral, int position) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = meeting.id;
        item.referralId = referral.id();
        item.position = position;
        item.status = AgendaItem.Status.PROPOSED;
        item.cameFrom = referral.state() == ReferralState.UNDER_REVIEW ? ReferralState.UNDER_REVIEW : ReferralState.ACCEPTED;
        entityManager.persist(item);
        return item;
    }

    List<AgendaItem> items(UUID meetingId) {
        return entityManager.createQuery("from AgendaItem where meetingId = :id", AgendaItem.class).setParameter("id", meetingId)
                .getResultList().stream().sorted(Comparator.comparingInt((AgendaItem i) -> i.position)).toList();
    }

    private static int indexOf(List<AgendaItem> items, UUID itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id.equals(itemId)) {
                return i;
            }
        }
        throw new NotFoundProblem("No case " + itemId + " on this agenda");
    }
}
