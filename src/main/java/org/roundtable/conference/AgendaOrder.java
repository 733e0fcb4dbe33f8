package org.roundtable.conference;

import java.time.Instant;
import java.util.Comparator;
import org.roundtable.checklist.Band;
import org.roundtable.referral.ReferralView;

/**
 * The order in which Roundtable proposes cases for an agenda, highest risk first: the score's band, then a repeat,
 * then a known perpetrator, then children in the household, then the longest wait.
 */
final class AgendaOrder {

    static final Comparator<ReferralView> BY_RISK = Comparator
            .comparing((ReferralView r) -> r.score() == null ? -1 : bandRank(r.score().band())).reversed()
            .thenComparing(r -> r.repeat() == null)
            .thenComparing(r -> r.flags().knownPerpetrators().isEmpty())
            .thenComparing(r -> r.childrenCount() == 0)
            .thenComparing(AgendaOrder::waitingSince);

    private AgendaOrder() {
    }

    private static int bandRank(Band band) {
        return band == null ? -1 : band.ordinal();
    }

    /** When the case last became ready for a meeting: accepted, or back under review. */
    static Instant waitingSince(ReferralView r) {
        return r.history().isEmpty() ? r.createdAt() : r.history().get(r.history().size() - 1).at();
    }
}
