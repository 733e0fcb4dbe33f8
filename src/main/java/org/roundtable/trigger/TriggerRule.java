package org.roundtable.trigger;

/** The Community Trigger (ASB case review) rules of domain.md that a partnership can switch on. */
public enum TriggerRule {
    COMPLAINTS("Complaints in a period", "The victim made the set number of ASB complaints (ASBRAC referrals) in the period"),
    SAME_PROBLEM("People reporting the same problem", "The set number of different victims reported the same alleged perpetrator "
            + "to the ASBRAC in the period"),
    HATE_INCIDENT("A hate incident", "The ASB risk matrix says the behaviour is motivated by hostility to race, religion, "
            + "disability, sexual orientation or gender identity");

    private final String label;
    private final String meaning;

    TriggerRule(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
