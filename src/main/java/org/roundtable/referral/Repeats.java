package org.roundtable.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.roundtable.checklist.SettingsService;

/** Finds the victim's last hearing at the same conference kind and applies {@link RepeatRule}. */
@ApplicationScoped
public class Repeats {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The earlier referral whose hearing makes this one a repeat. */
    public record EarlierHearing(UUID referralId, String reference, LocalDate heardOn) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    SettingsService settings;

    /** The hearing this referral repeats, if any, for a submission at the given instant. */
    EarlierHearing repeatOf(UUID victimPersonId, org.roundtable.agency.ConferenceKind kind, UUID referralId, Instant submitted) {
        if (victimPersonId == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select r.id, r.reference, max(t.occurred_at) as heard
                from referral r join referral_transition t on t.referral_id = r.id and t.to_state = 'HEARD'
                where r.victim_person_id = :person and r.conference_kind_code = :kind and r.id <> :self
                group by r.id, r.reference order by heard desc limit 1""")
                .setParameter("person", victimPersonId).setParameter("kind", kind.name()).setParameter("self", referralId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        Instant heard = row[2] instanceof Instant instant ? instant : ((java.sql.Timestamp) row[2]).toInstant();
        LocalDate heardOn = heard.atZone(LONDON).toLocalDate();
        LocalDate submittedOn = submitted.atZone(LONDON).toLocalDate();
        return RepeatRule.isRepeat(submittedOn, heardOn, settings.get(kind).repeatWindowMonths())
                ? new EarlierHearing((UUID) row[0], (String) row[1], heardOn) : null;
    }

    /** Sets or clears the repeat on a submitted referral; called at submit and whenever its victim link changes. */
    void recompute(Referral referral) {
        EarlierHearing earlier = referral.submittedAt == null ? null
                : repeatOf(referral.victimPersonId, referral.kind, referral.id, referral.submittedAt);
        referral.repeatOfReferralId = earlier == null ? null : earlier.referralId();
        referral.repeatLastHeardOn = earlier == null ? null : earlier.heardOn();
    }
}
