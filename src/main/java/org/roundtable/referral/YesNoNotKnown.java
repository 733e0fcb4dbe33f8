package org.roundtable.referral;

/** A coded answer to an equality question; "not known" records that it was asked and not answered. */
public enum YesNoNotKnown {
    YES("Yes"), NO("No"), NOT_KNOWN("Not known");

    private final String label;

    YesNoNotKnown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
