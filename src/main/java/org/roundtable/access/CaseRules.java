package org.roundtable.access;

import org.roundtable.agency.AgencyType;

/**
 * Who sees a referral, and how much of it (docs/security-model.md, "Access rules"). Pure predicates over
 * {@link CaseFacts} and the {@link Viewer}, checked for every role and two agencies by AccessMatrixTest.
 */
public final class CaseRules {

    private CaseRules() {
    }

    public static boolean canSee(CaseFacts referral, Viewer viewer) {
        if (!viewer.hasCaseRole()) {
            return false;
        }
        boolean sameAgency = referral.referredBy(viewer);
        if (referral.stage() == CaseFacts.Stage.DRAFT) {
            return referral.authorSubject().equals(viewer.subject()) || (sameAgency && viewer.isReferrer());
        }
        boolean core = sameAgency || viewer.coordinates(referral.kind()) || isAdvocateService(referral, viewer);
        if (referral.stage() == CaseFacts.Stage.BEFORE_LISTING) {
            return core;
        }
        return core || MeetingRules.isMember(referral.kind(), viewer) || viewer.chairs(referral.kind())
                || viewer.guestCases().contains(referral.id());
    }

    /** Address and safe contact details: the referring agency, the advocate service, coordinators, chairs and police. */
    public static boolean canSeeContactDetails(CaseFacts referral, Viewer viewer) {
        return canSee(referral, viewer) && (referral.referredBy(viewer) || isAdvocateService(referral, viewer)
                || viewer.coordinates(referral.kind()) || viewer.chairs(referral.kind()) || viewer.agencyType() == AgencyType.POLICE);
    }

    /** Children's details: children's services, health, coordinators, chairs and the referring agency. */
    public static boolean canSeeChildren(CaseFacts referral, Viewer viewer) {
        return canSee(referral, viewer) && (referral.referredBy(viewer) || holdsChildrensRecords(viewer)
                || viewer.coordinates(referral.kind()) || viewer.chairs(referral.kind()));
    }

    /** Children's services and health: the agencies that see children's details wherever they are shown. */
    public static boolean holdsChildrensRecords(Viewer viewer) {
        return holdsChildrensRecords(viewer.agencyType());
    }

    public static boolean holdsChildrensRecords(AgencyType agencyType) {
        return agencyType == AgencyType.CHILDRENS_SERVICES || agencyType == AgencyType.HEALTH;
    }

    /** Only the referring agency edits a draft or answers a question, and only people who refer. */
    public static boolean isReferringAgency(CaseFacts referral, Viewer viewer) {
        return viewer.hasCaseRole() && viewer.isReferrer() && referral.referredBy(viewer);
    }

    private static boolean isAdvocateService(CaseFacts referral, Viewer viewer) {
        return viewer.agencyType() != null && referral.kind().advocateServices().contains(viewer.agencyType());
    }
}
