package org.roundtable.checklist;

/** Risk bands, lowest first. */
public enum Band {
    STANDARD("Standard"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
