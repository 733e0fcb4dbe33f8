package org.roundtable.referral;

import org.roundtable.web.Limits;
import jakarta.validation.constraints.Size;

/** A request to move a referral on: the state wanted and what that transition needs. */
public record TransitionRequest(ReferralState to,
        @Size(max = Limits.REASON, message = "Reason must be {max} characters or fewer") String reason,
        @Size(max = Limits.REASON, message = "Signposting must be {max} characters or fewer") String signposting,
        @Size(max = Limits.REASON, message = "Question must be {max} characters or fewer") String question,
        @Size(max = Limits.REASON, message = "Answer must be {max} characters or fewer") String answer) {
}
