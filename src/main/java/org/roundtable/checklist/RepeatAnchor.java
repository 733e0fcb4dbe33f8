package org.roundtable.checklist;

/** The day a conference kind's repeat window counts from: the earlier referral's submission, or its last hearing. */
public enum RepeatAnchor {
    LAST_REFERRAL("the last referral"),
    LAST_HEARING("the last hearing");

    private final String words;

    RepeatAnchor(String words) {
        this.words = words;
    }

    /** As a sentence says it: "12 months after the last referral". */
    public String words() {
        return words;
    }
}
