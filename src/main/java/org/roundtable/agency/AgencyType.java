package org.roundtable.agency;

/** What kind of service an agency is. Access rules depend on it (police, advocate services, children's services, health). */
public enum AgencyType {
    POLICE("Police"),
    COUNCIL_ASB_TEAM("Council anti-social behaviour team"),
    IDVA_SERVICE("IDVA service"),
    ISVA_SERVICE("ISVA service"),
    CHILDRENS_SERVICES("Children's services"),
    ADULT_SOCIAL_CARE("Adult social care"),
    HOUSING("Housing provider"),
    PROBATION("Probation"),
    HEALTH("Health"),
    SEXUAL_ASSAULT_REFERRAL_CENTRE("Sexual assault referral centre"),
    VICTIM_SUPPORT("Victim Support"),
    YOUTH_OFFENDING("Youth offending service"),
    FIRE_AND_RESCUE("Fire and rescue"),
    DRUG_AND_ALCOHOL("Drug and alcohol service"),
    EDUCATION("Education"),
    REFUGE("Refuge"),
    OTHER("Other");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
