package org.roundtable.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/** An action with its dated updates, oldest first; {@code overdue} is decided by today's date when it was read. */
public record ActionView(UUID id, UUID referralId, UUID meetingId, ConferenceKind kind, String caseReference, String ownerAgencyCode,
        String description, LocalDate dueOn, Action.Status status, Action.NotDoneCategory notDoneCategory, String notDoneReason,
        String assigneeSubject, String assigneeName, boolean overdue, Instant createdAt, String createdBy, Instant completedAt,
        long version, List<Update> updates) {

    public record Update(Instant at, String byName, String agencyCode, Action.Status status, Action.NotDoneCategory category,
            String note, String assigneeName, UUID meetingId) {
    }

    /** The review recorded at this meeting of an action set earlier, if there is one (the latest, when it was changed). */
    public Update reviewAt(UUID meeting) {
        if (meeting == null || fromMeeting(meeting)) {
            return null;
        }
        Update latest = null;
        for (Update update : updates) {
            if (meeting.equals(update.meetingId()) && update.status() != null) {
                latest = update;
            }
        }
        return latest;
    }

    /** Whether a meeting set it (false: a coordinator added it between meetings). */
    public boolean fromMeeting(UUID meeting) {
        return meeting != null && meeting.equals(meetingId);
    }

    static ActionView of(Action a, List<ActionUpdate> updates, LocalDate today) {
        return new ActionView(a.id, a.referralId, a.meetingId, a.kind, a.caseReference, a.ownerAgencyCode, a.description, a.dueOn,
                a.status, a.notDoneCategory, a.notDoneReason, a.assigneeSubject, a.assigneeName, a.overdueOn(today), a.createdAt,
                a.createdBy, a.completedAt, a.version,
                updates.stream().map(u -> new Update(u.at, u.byName, u.agencyCode, u.status, u.category, u.note, u.assigneeName, u.meetingId)).toList());
    }
}
