package org.roundtable.review;

import java.time.LocalDate;
import java.util.UUID;
import org.roundtable.referral.ReferralState;

/** An ASBRAC case whose six-month review is due and not yet recorded: a case reference and dates, no person. */
public record DueReview(UUID referralId, String reference, ReferralState state, LocalDate heardOn, LocalDate dueOn) {
}
