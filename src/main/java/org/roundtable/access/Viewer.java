package org.roundtable.access;

import java.util.Set;
import org.roundtable.agency.AgencyType;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.Role;

/**
 * Who is asking, as the access rules need them: their agency (from the token), its type and conference
 * memberships, their roles, the conference kinds they coordinate or chair, and the meetings and cases their agency
 * was invited to as a guest. Built once per request by {@link Viewers}; the rules classes of this package read it.
 */
public record Viewer(String subject, String name, String agencyCode, AgencyType agencyType, Set<ConferenceKind> agencyKinds,
        Set<String> roles, Set<ConferenceKind> userKinds, Set<java.util.UUID> guestMeetings, Set<java.util.UUID> guestCases) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Roles that make or contribute to referrals for their agency. */
    public boolean isReferrer() {
        return RoleGroup.REFERRERS.includesAnyOf(roles);
    }

    /** Coordinating, chairing and working in a kind all need a case role: see {@link #hasCaseRole()}. */
    public boolean coordinates(ConferenceKind kind) {
        return hasCaseRole() && has(Role.COORDINATOR) && userKinds.contains(kind);
    }

    public boolean chairs(ConferenceKind kind) {
        return hasCaseRole() && has(Role.CHAIR) && userKinds.contains(kind);
    }

    /**
     * The conference kinds this person works in: their agency's memberships, the kinds they coordinate or chair, and
     * the kinds their agency advocates in. A person-match lookup names only these.
     */
    public boolean worksIn(ConferenceKind kind) {
        return hasCaseRole() && (agencyKinds.contains(kind) || userKinds.contains(kind) || (agencyType != null && kind.advocateServices().contains(agencyType)));
    }

    /**
     * Administrators and auditors see no case content, whatever else they are: an administrator who is also a
     * coordinator coordinates nothing, so every rule built on {@link #coordinates} and {@link #chairs} holds too.
     */
    public boolean hasCaseRole() {
        if (has(Role.ADMIN) || has(Role.AUDITOR)) {
            return false;
        }
        return RoleGroup.CASE_ROLES.includesAnyOf(roles);
    }
}
