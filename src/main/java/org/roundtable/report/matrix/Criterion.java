package org.roundtable.report.matrix;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nine criteria of the strategic assessment's risk matrix, each scored 0 (not applicable) to 5 (high), in the
 * order of the seed plan's Appendix A. {@code field} names the JSON property and the page's form field,
 * {@code column} the CSV column and the database column.
 */
public enum Criterion {
    PERFORMANCE_DETERIORATING("performanceDeteriorating", "Performance deteriorating"),
    NATIONAL_PRIORITY("nationalPriority", "National priority"),
    LOCAL_PRIORITY("localPriority", "Local priority"),
    COMMUNITY_PRIORITY("communityPriority", "Community priority"),
    HARM_TO_PROPERTY("harmToProperty", "Harm to property"),
    HARM_TO_PEOPLE("harmToPeople", "Harm to people"),
    FEAR("fear", "Fear or worry"),
    COST("cost", "Cost"),
    LIKELIHOOD("likelihood", "Likelihood");

    public static final int LOWEST = 0;
    public static final int HIGHEST = 5;

    private final String field;
    private final String label;

    Criterion(String field, String label) {
        this.field = field;
        this.label = label;
    }

    public String field() {
        return field;
    }

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
        return label;
    }

    static Optional<Criterion> byColumn(String column) {
        return Arrays.stream(values()).filter(c -> c.column().equals(column)).findFirst();
    }

    static Optional<Criterion> byField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }
}
