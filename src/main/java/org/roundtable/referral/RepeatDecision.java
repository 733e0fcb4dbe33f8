package org.roundtable.referral;

import jakarta.validation.constraints.Size;
import org.roundtable.web.Limits;

/** A coordinator's answer to whether a referral is a repeat, with the reason; BY_THE_RULE clears an answer given before. */
public record RepeatDecision(Answer decision,
        @Size(max = Limits.REASON, message = "The reason must be {max} characters or fewer") String reason) {

    public enum Answer {
        REPEAT, NOT_A_REPEAT, BY_THE_RULE
    }
}
