package org.roundtable.referral;

/** A request to move a referral on: the state wanted and what that transition needs. */
public record TransitionRequest(ReferralState to, String reason, String signposting, String question, String answer) {
}
