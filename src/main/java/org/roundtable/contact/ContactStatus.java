package org.roundtable.contact;

import java.time.Instant;
import java.util.List;

/** Where contact with the victim stands, as the caseload shows it. */
public enum ContactStatus {
    AWAITING_FIRST_CONTACT("Awaiting first contact", "govuk-tag--blue"),
    FIRST_CONTACT_OVERDUE("First contact overdue", "govuk-tag--red"),
    ATTEMPTED("Attempted, not reached", "govuk-tag--yellow"),
    IN_CONTACT("In contact", "govuk-tag--green"),
    SUPPORT_CLOSED("Support closed", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    ContactStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    /** Overdue when there has been no attempt at all by the time first contact was due. */
    static ContactStatus of(boolean supportClosed, List<Choices.Outcome> outcomes, Instant firstContactDue, Instant now) {
        if (supportClosed) {
            return SUPPORT_CLOSED;
        }
        if (outcomes.isEmpty()) {
            return now.isBefore(firstContactDue) ? AWAITING_FIRST_CONTACT : FIRST_CONTACT_OVERDUE;
        }
        return outcomes.stream().anyMatch(Choices.Outcome::reachedVictim) ? IN_CONTACT : ATTEMPTED;
    }
}
