package org.roundtable.referral;

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
}
