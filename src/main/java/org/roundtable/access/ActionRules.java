package org.roundtable.access;

import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.Role;

/**
 * Who may do what with an action, as the access table says it: the owning agency's people see and update its
 * actions, its single point of contact assigns them; coordinators and chairs of the conference kind see and update
 * every action of the kind; coordinators add actions between meetings. Nobody else, including other agencies.
 */
public final class ActionRules {

    private ActionRules() {
    }

    public static boolean ownAgency(String ownerAgencyCode, Viewer viewer) {
        return viewer.hasCaseRole() && viewer.agencyCode() != null && viewer.agencyCode().equalsIgnoreCase(ownerAgencyCode);
    }

    public static boolean canSee(ConferenceKind kind, String ownerAgencyCode, Viewer viewer) {
        return MeetingRules.runs(kind, viewer) || ownAgency(ownerAgencyCode, viewer);
    }

    public static boolean canUpdate(ConferenceKind kind, String ownerAgencyCode, Viewer viewer) {
        return canSee(kind, ownerAgencyCode, viewer);
    }

    public static boolean canAssign(ConferenceKind kind, String ownerAgencyCode, Viewer viewer) {
        return viewer.coordinates(kind) || viewer.has(Role.AGENCY_SPOC) && ownAgency(ownerAgencyCode, viewer);
    }

    public static boolean canAdd(ConferenceKind kind, Viewer viewer) {
        return viewer.coordinates(kind);
    }

    /** Whose inbox this viewer reads: their agency's, when they are its single point of contact. */
    public static boolean readsAgencyInbox(Viewer viewer) {
        return viewer.hasCaseRole() && viewer.has(Role.AGENCY_SPOC) && viewer.agencyCode() != null;
    }
}
