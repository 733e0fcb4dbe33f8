package org.roundtable.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An action with its dated updates, oldest first. */
public record ActionView(UUID id, UUID referralId, UUID meetingId, String ownerAgencyCode, String description, LocalDate dueOn,
        Action.Status status, Action.NotDoneCategory notDoneCategory, String notDoneReason, Instant createdAt, String createdBy,
        long version, List<Update> updates) {

    public record Update(Instant at, String byName, String agencyCode, Action.Status status, Action.NotDoneCategory category,
            String note) {
    }

    static ActionView of(Action a, List<ActionUpdate> updates) {
        return new ActionView(a.id, a.referralId, a.meetingId, a.ownerAgencyCode, a.description, a.dueOn, a.status, a.notDoneCategory,
                a.notDoneReason, a.createdAt, a.createdBy, a.version,
                updates.stream().map(u -> new Update(u.at, u.byName, u.agencyCode, u.status, u.category, u.note)).toList());
    }
}
