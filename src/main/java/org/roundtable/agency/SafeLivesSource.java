package org.roundtable.agency;

/**
 * Where a referral came from, as the SafeLives MARAC data return counts it: one column per source, in the return's
 * order. Each agency carries one, set by an administrator; a referral counts under its referring agency's source.
 */
public enum SafeLivesSource {
    POLICE("Police"),
    IDVA("IDVA"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    PRIMARY_CARE("Primary care"),
    SECONDARY_CARE("Secondary care"),
    EDUCATION("Education"),
    HOUSING("Housing"),
    MENTAL_HEALTH("Mental health"),
    PROBATION("Probation"),
    VOLUNTARY_SECTOR("Voluntary sector"),
    SUBSTANCE_MISUSE("Substance misuse"),
    ADULT_SAFEGUARDING("Adult safeguarding"),
    OTHER("Other");

    private final String label;

    SafeLivesSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The source an agency of this type usually is, taken when an administrator chooses none. Health has none: a GP
     * practice, a hospital and a mental health trust are three different columns, so its administrator must choose.
     */
    public static SafeLivesSource usualFor(AgencyType type) {
        return switch (type) {
            case POLICE -> POLICE;
            case IDVA_SERVICE -> IDVA;
            case CHILDRENS_SERVICES -> CHILDRENS_SOCIAL_CARE;
            case ADULT_SOCIAL_CARE -> ADULT_SAFEGUARDING;
            case HOUSING -> HOUSING;
            case PROBATION -> PROBATION;
            case DRUG_AND_ALCOHOL -> SUBSTANCE_MISUSE;
            case EDUCATION -> EDUCATION;
            case REFUGE, VICTIM_SUPPORT -> VOLUNTARY_SECTOR;
            case HEALTH -> null;
            case COUNCIL_ASB_TEAM, ISVA_SERVICE, SEXUAL_ASSAULT_REFERRAL_CENTRE, YOUTH_OFFENDING, FIRE_AND_RESCUE, OTHER -> OTHER;
        };
    }
}
