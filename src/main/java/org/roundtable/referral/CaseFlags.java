package org.roundtable.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.trigger.CommunityTriggerRules;
import org.roundtable.trigger.TriggerRule;

/**
 * What coordinators and chairs are told about a case beyond the referral itself: an alleged perpetrator known from
 * referrals about other victims, the victim known to another conference kind, and an ASBRAC case that meets a
 * Community Trigger rule the partnership uses (trigger/CommunityTriggerRules).
 */
@ApplicationScoped
public class CaseFlags {

    /** For coordinators and chairs of the kind; empty for everyone else. */
    public record Flags(List<KnownPerpetrator> knownPerpetrators, List<ConferenceKind> victimKnownTo, Integer communityTriggerComplaints,
            List<TriggerRule> communityTriggerRules) {

        static final Flags NONE = new Flags(List.of(), List.of(), null, List.of());

        public boolean any() {
            return !knownPerpetrators.isEmpty() || !victimKnownTo.isEmpty() || !communityTriggerRules.isEmpty();
        }
    }

    public record KnownPerpetrator(UUID personId, String name, long otherVictims) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CommunityTriggerRules triggerRules;

    Flags of(Referral r, List<ReferralPerson> links, java.util.function.Function<UUID, String> nameOf) {
        if (r.state == ReferralState.DRAFT || r.victimPersonId == null) {
            return Flags.NONE;
        }
        List<KnownPerpetrator> known = new ArrayList<>();
        for (ReferralPerson link : links) {
            if (!link.role.equals(ReferralPerson.PERPETRATOR)) {
                continue;
            }
            long others = ((Number) entityManager.createNativeQuery("""
                    select count(distinct r.victim_person_id) from referral_person l join referral r on r.id = l.referral_id
                    where l.person_id = :person and l.role = 'PERPETRATOR' and r.state <> 'DRAFT' and r.id <> :self
                      and r.victim_person_id <> :victim""")
                    .setParameter("person", link.personId).setParameter("self", r.id).setParameter("victim", r.victimPersonId)
                    .getSingleResult()).longValue();
            if (others > 0) {
                known.add(new KnownPerpetrator(link.personId, nameOf.apply(link.personId), others));
            }
        }
        @SuppressWarnings("unchecked")
        List<String> kinds = entityManager.createNativeQuery("""
                select distinct conference_kind_code from referral
                where victim_person_id = :victim and state <> 'DRAFT' and conference_kind_code <> :kind order by 1""")
                .setParameter("victim", r.victimPersonId).setParameter("kind", r.kind.name()).getResultList();
        List<CommunityTriggerRules.Met> trigger = r.kind == ConferenceKind.ASBRAC ? triggerRules.metBy(r.id) : List.of();
        Integer complaints = trigger.stream().filter(m -> m.rule() == TriggerRule.COMPLAINTS).map(m -> (int) m.evidence()).findFirst()
                .orElse(null);
        return new Flags(known, kinds.stream().map(ConferenceKind::valueOf).toList(), complaints,
                trigger.stream().map(CommunityTriggerRules.Met::rule).toList());
    }
}
