package org.roundtable.conference;

import org.roundtable.access.GuestGrant;
import org.roundtable.access.GuestGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.audit.AuditService;
import org.roundtable.audit.AuditSubject;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.NotFoundProblem;

/**
 * The case being heard, which the screen in the room shows. The screen shows that case alone, and while a guest
 * agency is in the room it shows nothing of a case the guest was not invited for.
 */
@ApplicationScoped
public class Presenting {

    /** What the screen shows: the case being heard (null before the first, or while withheld), its place on the agenda. */
    public record Presentation(MeetingView meeting, MeetingRecord.CaseRecord shown, int number, int total, boolean withheld) {
    }

    private final EntityManager entityManager;
    private final Meetings meetings;
    private final MeetingRoom room;
    private final GuestGrants guestGrants;
    private final AgencyService agencies;
    private final AuditService audit;

    Presenting(EntityManager entityManager, Meetings meetings, MeetingRoom room, GuestGrants guestGrants, AgencyService agencies,
            AuditService audit) {
        this.entityManager = entityManager;
        this.meetings = meetings;
        this.room = room;
        this.guestGrants = guestGrants;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** The chair puts a case on the screen. */
    @Transactional
    public void hear(UUID meetingId, UUID itemId) {
        Meeting meeting = meetings.forChairOrCoordinator(meetingId);
        if (meeting.status != Meeting.Status.IN_PROGRESS) {
            throw new IllegalStateChangeException("Start the meeting before a case goes on the screen.");
        }
        AgendaItem item = entityManager.find(AgendaItem.class, itemId);
        if (item == null || !item.meetingId.equals(meetingId) || item.status == AgendaItem.Status.PROPOSED) {
            throw new NotFoundProblem("No case " + itemId + " on this meeting");
        }
        // A native update: the meeting's version guards its set-up, which showing a case does not change.
        entityManager.createNativeQuery("update meeting set now_hearing = :item where id = :id").setParameter("item", itemId)
                .setParameter("id", meetingId).executeUpdate();
        audit.record("meeting.hearing", Meetings.ENTITY, meetingId.toString(), "referral " + item.referralId,
                List.of(AuditSubject.of("referral", item.referralId)));
    }

    /** The case being heard at this meeting, if any. */
    @Transactional
    public UUID nowHearing(UUID meetingId) {
        meetings.forChairOrCoordinator(meetingId);
        return nowHearingOf(meetingId);
    }

    private UUID nowHearingOf(UUID meetingId) {
        Object value = entityManager.createNativeQuery("select now_hearing from meeting where id = :id").setParameter("id", meetingId)
                .getSingleResult();
        return (UUID) value;
    }

    /** What the screen shows now; the read is audited against the one case shown. */
    @Transactional
    public Presentation present(UUID meetingId) {
        Meeting meeting = meetings.forChairOrCoordinator(meetingId);
        UUID hearing = nowHearingOf(meetingId);
        MeetingRecord record = room.assemble(meeting, null);
        List<MeetingRecord.CaseRecord> cases = record.cases();
        for (int i = 0; i < cases.size(); i++) {
            MeetingRecord.CaseRecord c = cases.get(i);
            if (c.itemId().equals(hearing)) {
                if (!guestsInvitedFor(meeting, c.referral().id())) {
                    audit.record("meeting.present.withheld", Meetings.ENTITY, meetingId.toString(), "a guest agency attends");
                    return new Presentation(record.meeting(), null, i + 1, cases.size(), true);
                }
                audit.record("meeting.present", Meetings.ENTITY, meetingId.toString(), "referral " + c.referral().id(),
                        List.of(AuditSubject.of("referral", c.referral().id())));
                return new Presentation(record.meeting(), c, i + 1, cases.size(), false);
            }
        }
        return new Presentation(record.meeting(), null, 0, cases.size(), false);
    }

    /** Whether every guest agency in the room (an attendee from an agency not a member) was invited for this case. */
    private boolean guestsInvitedFor(Meeting meeting, UUID referralId) {
        Set<String> members = agencies.members(meeting.kind).stream().map(AgencyView::shortCode).map(String::toUpperCase)
                .collect(Collectors.toSet());
        List<String> present = entityManager.createQuery("select distinct a.agencyCode from MeetingAttendee a where a.meetingId = :id",
                String.class).setParameter("id", meeting.id).getResultList();
        List<GuestGrant> invitations = guestGrants.ofMeeting(meeting.id);
        return present.stream().map(String::toUpperCase).filter(code -> !members.contains(code)).allMatch(code -> invitations.stream()
                .anyMatch(grant -> code.equalsIgnoreCase(grant.agencyCode) && referralId.equals(grant.referralId)));
    }

    /**
     * A short stamp that changes whenever what the screen shows may have changed (the case heard, its notes, decision,
     * actions, who attends), so the screen can poll it cheaply. A hash: it says nothing of the case.
     */
    @Transactional
    public String stamp(UUID meetingId) {
        meetings.forChairOrCoordinator(meetingId);
        Object value = entityManager.createNativeQuery("""
                select coalesce(cast(m.now_hearing as text), '-') || ':' || m.status || ':'
                    || coalesce((select cast(i.version as text) from agenda_item i where i.id = m.now_hearing), '-') || ':'
                    || (select count(*) from meeting_attendee t where t.meeting_id = m.id) || ':'
                    || coalesce((select count(*) || '/' || coalesce(cast(max(u.at) as text), '') from action_update u
                        join action a on a.id = u.action_id join agenda_item i on i.referral_id = a.referral_id
                        where i.id = m.now_hearing), '-')
                from meeting m where m.id = :id""").setParameter("id", meetingId).getSingleResult();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
