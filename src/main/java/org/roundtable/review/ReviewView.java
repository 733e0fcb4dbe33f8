package org.roundtable.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.roundtable.referral.ReferralState;

/**
 * An ASBRAC case's six-month review: when the case was first heard, when the review is due, and the answers once
 * recorded. {@code version} is 0 until the review is recorded and goes up with every save; send it back in If-Match.
 */
public record ReviewView(UUID referralId, String reference, ReferralState state, LocalDate heardOn, LocalDate dueOn, boolean due,
        Boolean furtherIncidents, Boolean closedWithRiskReduced, Instant recordedAt, String recordedBy, long version) {

    public boolean recorded() {
        return recordedAt != null;
    }

    String describe() {
        return "furtherIncidents=" + yesNo(furtherIncidents) + "; closedWithRiskReduced=" + yesNo(closedWithRiskReduced);
    }

    private static String yesNo(Boolean answer) {
        return answer == null ? "not recorded" : answer ? "yes" : "no";
    }
}
