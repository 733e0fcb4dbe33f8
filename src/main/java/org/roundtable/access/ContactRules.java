package org.roundtable.access;

import org.roundtable.agency.AgencyType;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.Role;

/**
 * Who sees and works the advocates' caseload and contact log: the victim's advocate service (the IDVA service for
 * MARAC, the ISVA service for SARAC), and the coordinators and chairs of that conference kind. Nobody else, whatever
 * they may see of the referral itself. Tested in ContactAccessTest and AccessMatrixTest.
 */
public final class ContactRules {

    private ContactRules() {
    }

    /** The agency type whose advocates support this kind's victims on a caseload; null for a kind without one. */
    public static AgencyType advocateService(ConferenceKind kind) {
        return switch (kind) {
            case MARAC -> AgencyType.IDVA_SERVICE;
            case SARAC -> AgencyType.ISVA_SERVICE;
            case ASBRAC -> null;
        };
    }

    /** An IDVA or ISVA of the kind's advocate service. */
    public static boolean isAdvocate(ConferenceKind kind, Viewer viewer) {
        return ofService(kind, viewer) && (viewer.has(Role.IDVA) || viewer.has(Role.ISVA));
    }

    /** The single point of contact of the kind's advocate service, who allocates its cases. */
    public static boolean isServiceSpoc(ConferenceKind kind, Viewer viewer) {
        return ofService(kind, viewer) && viewer.has(Role.AGENCY_SPOC);
    }

    public static boolean canSee(ConferenceKind kind, Viewer viewer) {
        return isAdvocate(kind, viewer) || isServiceSpoc(kind, viewer) || viewer.coordinates(kind) || viewer.chairs(kind);
    }

    /** Logging contacts is the advocates' work; coordinators and chairs read. */
    public static boolean canLog(ConferenceKind kind, Viewer viewer) {
        return isAdvocate(kind, viewer);
    }

    public static boolean canTake(ConferenceKind kind, Viewer viewer) {
        return isAdvocate(kind, viewer);
    }

    public static boolean canAllocateToOthers(ConferenceKind kind, Viewer viewer) {
        return isServiceSpoc(kind, viewer);
    }

    /** The allocated advocate closes and reopens support, or the service's SPOC when the advocate has gone. */
    public static boolean canCloseSupport(ConferenceKind kind, String advocateSubject, Viewer viewer) {
        return isAdvocate(kind, viewer) && viewer.subject().equals(advocateSubject) || isServiceSpoc(kind, viewer);
    }

    /** A possible advocate for a named allocation: an IDVA or ISVA of an agency of the kind's advocate service. */
    public static boolean canBeAllocated(ConferenceKind kind, AgencyType agencyType, java.util.Collection<String> roles) {
        return agencyType != null && agencyType == advocateService(kind) && (roles.contains(Role.IDVA) || roles.contains(Role.ISVA));
    }

    private static boolean ofService(ConferenceKind kind, Viewer viewer) {
        AgencyType service = advocateService(kind);
        return service != null && service == viewer.agencyType() && viewer.hasCaseRole();
    }
}
