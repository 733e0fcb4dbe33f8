package org.roundtable.conference;

import java.time.Instant;
import java.util.UUID;
import org.roundtable.referral.ReferralView;

/** A case on an agenda (or proposed for one), with what orders it: score, repeat, flags, children, time waiting. */
public record AgendaEntry(UUID itemId, AgendaItem.Status status, int position, String deferReason, ReferralView referral,
        Instant waitingSince) {

    static AgendaEntry proposed(ReferralView referral) {
        return new AgendaEntry(null, AgendaItem.Status.PROPOSED, 0, null, referral, AgendaOrder.waitingSince(referral));
    }

    static AgendaEntry of(AgendaItem item, ReferralView referral) {
        return new AgendaEntry(item.id, item.status, item.position, item.deferReason, referral, AgendaOrder.waitingSince(referral));
    }

    public String victimName() {
        return referral.victim() == null ? "" : referral.victim().fullName();
    }
}
