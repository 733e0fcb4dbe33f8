package org.roundtable.referral;

import org.roundtable.access.Viewer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.roundtable.agency.AgencyType;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.Role;

/**
 * The conference a person usually refers to, preselected on Start a referral (the others stay one click away): an
 * ISVA refers to SARAC; an IDVA and a police referrer to MARAC; another referrer at an advocate service to the kind
 * it advocates in (an ISVA service to SARAC, a council ASB team or Victim Support to ASBRAC). Call handlers start
 * from the triage script, and anyone whose roles point two ways gets no preselection.
 */
final class UsualReferralKind {

    private UsualReferralKind() {
    }

    static Optional<ConferenceKind> of(Viewer viewer) {
        Set<ConferenceKind> usual = EnumSet.noneOf(ConferenceKind.class);
        if (viewer.has(Role.ISVA)) {
            usual.add(ConferenceKind.SARAC);
        }
        if (viewer.has(Role.IDVA)) {
            usual.add(ConferenceKind.MARAC);
        }
        if (viewer.has(Role.REFERRER) && viewer.agencyType() == AgencyType.POLICE) {
            usual.add(ConferenceKind.MARAC);
        }
        if (usual.isEmpty() && viewer.has(Role.REFERRER) && viewer.agencyType() != null) {
            for (ConferenceKind kind : ConferenceKind.values()) {
                if (kind.advocateServices().contains(viewer.agencyType())) {
                    usual.add(kind);
                }
            }
        }
        return usual.size() == 1 ? Optional.of(usual.iterator().next()) : Optional.empty();
    }
}
