package org.roundtable.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.checklist.Band;
import org.roundtable.person.PersonView;

/**
 * The one seam through which the advocates' caseload and contact log read referrals. The contact package decides
 * who may see its pages (access/ContactRules) and audits each look; this only hands over what those pages show:
 * the reference, the victim with their safe contact details, and the risk band.
 */
@ApplicationScoped
public class AdvocateCases {

    /** What an advocate needs of a case. */
    public record Summary(UUID referralId, String reference, ConferenceKind kind, ReferralState state, Instant submittedAt,
            PersonView victim, Band band) {

        public String victimName() {
            return victim == null ? "Not recorded" : victim.fullName();
        }
    }

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralService service;

    public Optional<Summary> summary(UUID referralId) {
        Referral r = referrals.findById(referralId);
        if (r == null || r.state == ReferralState.DRAFT) {
            return Optional.empty();
        }
        var assessment = r.assessmentId == null ? null : service.assessment(r.assessmentId);
        return Optional.of(new Summary(r.id, r.reference, r.kind, r.state, r.submittedAt,
                r.victimPersonId == null ? null : service.person(r.victimPersonId, true),
                assessment == null ? null : assessment.score().band()));
    }
}
