package org.roundtable.conference;

import java.time.Instant;
import java.util.UUID;
import org.roundtable.referral.ReferralView;

/**
 * A case on an agenda (or proposed for one), with what orders it: score, repeat, flags, children, time waiting;
 * review: back for review rather than new.
 */
public record AgendaEntry(UUID itemId, AgendaItem.Status status, int position, String deferReason, ReferralView referral,
        Instant waitingSince, boolean review) {

    static AgendaEntry proposed(ReferralView referral) {
        return new AgendaEntry(null, AgendaItem.Status.PROPOSED, 0, null, referral, AgendaOrder.waitingSince(referral),
                referral.state() == org.roundtable.referral.ReferralState.UNDER_REVIEW);
    }

    static AgendaEntry of(AgendaItem item, ReferralView referral) {
        return new AgendaEntry(item.id, item.status, item.position, item.deferReason, referral, AgendaOrder.waitingSince(referral),
                item.isReview());
    }

    public String victimName() {
        return referral.victim() == null ? "" : referral.victim().fullName();
    }
}
