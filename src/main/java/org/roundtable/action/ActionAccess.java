package org.roundtable.action;

import org.roundtable.agency.ConferenceKind;
import org.roundtable.referral.Viewer;
import org.roundtable.user.Role;

/**
 * Who may do what with an action, as the access table says it: the owning agency's people see and update its
 * actions, its single point of contact assigns them; coordinators and chairs of the conference kind see and update
 * every action of the kind; coordinators add actions between meetings. Nobody else, including other agencies.
 */
final class ActionAccess {

    private ActionAccess() {
    }

    static boolean runsTheConference(ConferenceKind kind, Viewer viewer) {
        return viewer.coordinates(kind) || viewer.chairs(kind);
    }

    static boolean ownAgency(String ownerAgencyCode, Viewer viewer) {
        return viewer.hasCaseRole() && viewer.agencyCode() != null && viewer.agencyCode().equalsIgnoreCase(ownerAgencyCode);
    }

    static boolean canSee(Action action, Viewer viewer) {
        return runsTheConference(action.kind, viewer) || ownAgency(action.ownerAgencyCode, viewer);
    }

    static boolean canUpdate(Action action, Viewer viewer) {
        return canSee(action, viewer);
    }

    static boolean canAssign(Action action, Viewer viewer) {
        return viewer.coordinates(action.kind) || viewer.has(Role.AGENCY_SPOC) && ownAgency(action.ownerAgencyCode, viewer);
    }

    static boolean canAdd(ConferenceKind kind, Viewer viewer) {
        return viewer.coordinates(kind);
    }

    /** Whose inbox this viewer reads: their agency's, when they are its single point of contact. */
    static boolean readsAgencyInbox(Viewer viewer) {
        return viewer.has(Role.AGENCY_SPOC) && viewer.agencyCode() != null;
    }
}
