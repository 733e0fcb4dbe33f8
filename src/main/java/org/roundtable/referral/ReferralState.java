package org.roundtable.referral;

import org.roundtable.access.CaseFacts;

/** Where a referral is in its life. Screened out, withdrawn and closed are final. */
public enum ReferralState {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    RETURNED("Returned to referrer"),
    ACCEPTED("Accepted"),
    SCREENED_OUT("Screened out"),
    WITHDRAWN("Withdrawn"),
    LISTED("Listed"),
    HEARD("Heard"),
    UNDER_REVIEW("Under review"),
    CLOSED("Closed");

    private final String label;

    ReferralState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == SCREENED_OUT || this == WITHDRAWN || this == CLOSED;
    }

    /** How far the case has gone, as the access rules tell it apart: listed and after, it is shared with members. */
    public CaseFacts.Stage accessStage() {
        return switch (this) {
            case DRAFT -> CaseFacts.Stage.DRAFT;
            case LISTED, HEARD, UNDER_REVIEW, CLOSED -> CaseFacts.Stage.SHARED_WITH_MEMBERS;
            case SUBMITTED, RETURNED, ACCEPTED, SCREENED_OUT, WITHDRAWN -> CaseFacts.Stage.BEFORE_LISTING;
        };
    }
}
