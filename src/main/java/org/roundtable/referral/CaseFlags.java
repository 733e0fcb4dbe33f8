package org.roundtable.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.checklist.SettingsService;

/**
 * What coordinators and chairs are told about a case beyond the referral itself: an alleged perpetrator known from
 * referrals about other victims, the victim known to another conference kind, and an ASB victim who meets the
 * Community Trigger (complaints in a period, a per-kind setting).
 */
@ApplicationScoped
public class CaseFlags {

    /** For coordinators and chairs of the kind; empty for everyone else. */
    public record Flags(List<KnownPerpetrator> knownPerpetrators, List<ConferenceKind> victimKnownTo, Integer communityTriggerComplaints) {

        static final Flags NONE = new Flags(List.of(), List.of(), null);

        public boolean any() {
            return !knownPerpetrators.isEmpty() || !victimKnownTo.isEmpty() || communityTriggerComplaints != null;
        }
    }

    public record KnownPerpetrator(UUID personId, String name, long otherVictims) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    SettingsService settings;

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
        return new Flags(known, kinds.stream().map(ConferenceKind::valueOf).toList(), communityTrigger(r));
    }

    /** ASB referrals about the victim in the trigger period up to this one's submission, when they reach the setting. */
    private Integer communityTrigger(Referral r) {
        if (r.kind != ConferenceKind.ASBRAC || r.submittedAt == null) {
            return null;
        }
        var setting = settings.get(ConferenceKind.ASBRAC);
        Instant since = r.submittedAt.atZone(Repeats.LONDON).minusMonths(setting.communityTriggerMonths()).toInstant();
        long complaints = ((Number) entityManager.createNativeQuery("""
                select count(*) from referral where victim_person_id = :victim and conference_kind_code = 'ASBRAC'
                and submitted_at is not null and submitted_at > :since and submitted_at <= :until""")
                .setParameter("victim", r.victimPersonId).setParameter("since", since).setParameter("until", r.submittedAt)
                .getSingleResult()).longValue();
        return complaints >= setting.communityTriggerComplaints() ? (int) complaints : null;
    }
}
