package org.roundtable.triage;

/** Where a call stands: still being asked, stopped for an emergency response, or finished with a band and route. */
public enum TriageOutcome {
    IN_PROGRESS("In progress"), ESCALATED("Escalated: immediate danger"), COMPLETED("Completed");

    private final String label;

    TriageOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
