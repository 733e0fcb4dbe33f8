package org.roundtable.referral;

/**
 * The victim's ethnic group as the Office for National Statistics asks it (2021 census, England and Wales): five
 * high-level groups and their 19 categories, plus the two answers that record nothing. The name of each category
 * starts with its group (ASIAN_, BLACK_, MIXED_, WHITE_, OTHER_); the MARAC data return's view reads that prefix.
 */
public enum Ethnicity {
    ASIAN_BANGLADESHI(Group.ASIAN, "Bangladeshi"),
    ASIAN_CHINESE(Group.ASIAN, "Chinese"),
    ASIAN_INDIAN(Group.ASIAN, "Indian"),
    ASIAN_PAKISTANI(Group.ASIAN, "Pakistani"),
    ASIAN_OTHER(Group.ASIAN, "Any other Asian background"),
    BLACK_AFRICAN(Group.BLACK, "African"),
    BLACK_CARIBBEAN(Group.BLACK, "Caribbean"),
    BLACK_OTHER(Group.BLACK, "Any other Black, Black British or Caribbean background"),
    MIXED_WHITE_ASIAN(Group.MIXED, "White and Asian"),
    MIXED_WHITE_BLACK_AFRICAN(Group.MIXED, "White and Black African"),
    MIXED_WHITE_BLACK_CARIBBEAN(Group.MIXED, "White and Black Caribbean"),
    MIXED_OTHER(Group.MIXED, "Any other Mixed or multiple ethnic background"),
    WHITE_BRITISH(Group.WHITE, "English, Welsh, Scottish, Northern Irish or British"),
    WHITE_IRISH(Group.WHITE, "Irish"),
    WHITE_GYPSY_OR_IRISH_TRAVELLER(Group.WHITE, "Gypsy or Irish Traveller"),
    WHITE_ROMA(Group.WHITE, "Roma"),
    WHITE_OTHER(Group.WHITE, "Any other White background"),
    OTHER_ARAB(Group.OTHER, "Arab"),
    OTHER_ANY(Group.OTHER, "Any other ethnic group"),
    NOT_KNOWN(null, "Not known"),
    PREFER_NOT_TO_SAY(null, "The victim prefers not to say");

    /** The ONS high-level groups. */
    public enum Group {
        ASIAN("Asian, Asian British or Asian Welsh"),
        BLACK("Black, Black British, Black Welsh, Caribbean or African"),
        MIXED("Mixed or multiple ethnic groups"),
        WHITE("White"),
        OTHER("Other ethnic group");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Group group;
    private final String label;

    Ethnicity(Group group, String label) {
        this.group = group;
        this.label = label;
    }

    /** Null for "not known" and "prefers not to say": nothing was recorded. */
    public Group group() {
        return group;
    }

    /** The words a referrer reads: the group, then the category. */
    public String label() {
        return group == null ? label : group.label() + ": " + label;
    }
}
