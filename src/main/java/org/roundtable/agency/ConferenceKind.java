package org.roundtable.agency;

import java.util.Set;

/**
 * The three conferences. They work the same way; what differs is configuration (checklist, thresholds,
 * member agencies), so this enum carries only names and which agency types advocate for its victims.
 */
public enum ConferenceKind {
    MARAC("MARAC", "Domestic abuse", Set.of(AgencyType.IDVA_SERVICE)),
    ASBRAC("ASBRAC", "Anti-social behaviour", Set.of(AgencyType.COUNCIL_ASB_TEAM, AgencyType.VICTIM_SUPPORT)),
    SARAC("SARAC", "Sexual violence", Set.of(AgencyType.ISVA_SERVICE));

    private final String label;
    private final String subject;
    private final Set<AgencyType> advocateServices;

    ConferenceKind(String label, String subject, Set<AgencyType> advocateServices) {
        this.label = label;
        this.subject = subject;
        this.advocateServices = advocateServices;
    }

    /** The kind named in a path or body, any case; an unknown name is a 404. */
    public static ConferenceKind parse(String name) {
        try {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.roundtable.web.NotFoundProblem("No conference kind " + name);
        }
    }

    public String label() {
        return label;
    }

    public String subject() {
        return subject;
    }

    public Set<AgencyType> advocateServices() {
        return advocateServices;
    }
}
