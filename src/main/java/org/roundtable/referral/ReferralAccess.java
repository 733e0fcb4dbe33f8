package org.roundtable.referral;

import java.util.EnumSet;
import java.util.Set;
import org.roundtable.agency.AgencyType;

/**
 * Who sees a referral, and how much of it: the access rules of docs/security-model.md in one place.
 * Tested as a matrix in ReferralApiTest.
 */
public final class ReferralAccess {

    static final Set<ReferralState> BEFORE_LISTING = EnumSet.of(ReferralState.SUBMITTED, ReferralState.RETURNED,
            ReferralState.ACCEPTED, ReferralState.SCREENED_OUT, ReferralState.WITHDRAWN);

    private ReferralAccess() {
    }

    public static boolean canSee(Referral referral, Viewer viewer) {
        return canSee(new CaseLists.Facts(referral.id, referral.kind, referral.state, referral.referringAgencyCode, referral.authorSubject),
                viewer);
    }

    /** The same rule over the few columns it reads, for lists that do not load whole referrals. */
    static boolean canSee(CaseLists.Facts referral, Viewer viewer) {
        if (!viewer.hasCaseRole()) {
            return false;
        }
        boolean sameAgency = referral.referringAgencyCode().equalsIgnoreCase(String.valueOf(viewer.agencyCode()));
        if (referral.state() == ReferralState.DRAFT) {
            return referral.authorSubject().equals(viewer.subject()) || (sameAgency && viewer.isReferrer());
        }
        boolean core = sameAgency || viewer.coordinates(referral.kind()) || isAdvocateService(referral.kind(), viewer);
        if (BEFORE_LISTING.contains(referral.state())) {
            return core;
        }
        return core || viewer.agencyKinds().contains(referral.kind()) || viewer.chairs(referral.kind())
                || viewer.guestCases().contains(referral.id());
    }

    /** Address and safe contact details: the referring agency, the advocate service, coordinators, chairs and police. */
    public static boolean canSeeContactDetails(Referral referral, Viewer viewer) {
        return referral.referringAgencyCode.equalsIgnoreCase(String.valueOf(viewer.agencyCode()))
                || isAdvocateService(referral, viewer) || viewer.coordinates(referral.kind) || viewer.chairs(referral.kind)
                || viewer.agencyType() == AgencyType.POLICE;
    }

    /** Children's details: children's services, health, coordinators, chairs and the referring agency. */
    public static boolean canSeeChildren(Referral referral, Viewer viewer) {
        return referral.referringAgencyCode.equalsIgnoreCase(String.valueOf(viewer.agencyCode()))
                || viewer.agencyType() == AgencyType.CHILDRENS_SERVICES || viewer.agencyType() == AgencyType.HEALTH
                || viewer.coordinates(referral.kind) || viewer.chairs(referral.kind);
    }

    /** Only the referring agency edits a draft or answers a question, and only people who refer. */
    public static boolean isReferringAgency(Referral referral, Viewer viewer) {
        return viewer.isReferrer() && referral.referringAgencyCode.equalsIgnoreCase(String.valueOf(viewer.agencyCode()));
    }

    private static boolean isAdvocateService(Referral referral, Viewer viewer) {
        return isAdvocateService(referral.kind, viewer);
    }

    private static boolean isAdvocateService(org.roundtable.agency.ConferenceKind kind, Viewer viewer) {
        return viewer.agencyType() != null && kind.advocateServices().contains(viewer.agencyType());
    }
}
