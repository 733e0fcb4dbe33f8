package org.roundtable.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import org.roundtable.agency.ConferenceKind;

/**
 * Reference numbers people can read on the phone, such as MARAC-2026-00042: unique per kind and year, without gaps
 * or duplicates when many submit at once.
 */
@ApplicationScoped
public class ReferenceNumbers {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    EntityManager entityManager;

    /** Takes the next number inside the caller's transaction (a submit), so a rollback gives it back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(ConferenceKind kind) {
        int year = LocalDate.now(LONDON).getYear();
        Number number = (Number) entityManager.createNativeQuery("""
                insert into reference_counter (conference_kind_code, year, last_number) values (:kind, :year, 1)
                on conflict (conference_kind_code, year) do update set last_number = reference_counter.last_number + 1
                returning last_number""")
                .setParameter("kind", kind.name())
                .setParameter("year", year)
                .getSingleResult();
        return format(kind, year, number.intValue());
    }

    /**
     * Takes the next number and writes it on the referral by SQL, as the submit's last write: the counter row stays
     * locked from here to commit. The referral entity must be flushed already and not change again in this
     * transaction (the number is not a change its version counts; the submit counted once).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String assignNext(ConferenceKind kind, java.util.UUID referralId) {
        String reference = next(kind);
        entityManager.createNativeQuery("update referral set reference = :reference where id = :id")
                .setParameter("reference", reference).setParameter("id", referralId).executeUpdate();
        return reference;
    }

    static String format(ConferenceKind kind, int year, int number) {
        return String.format("%s-%d-%05d", kind.name(), year, number);
    }
}
