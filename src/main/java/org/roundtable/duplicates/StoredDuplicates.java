package org.roundtable.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.person.Candidate;
import org.roundtable.person.CandidateSearch;
import org.roundtable.person.MatchQuery;
import org.roundtable.person.PersonService;
import org.roundtable.person.PersonView;

/**
 * The earlier people who may be the same as someone on a case, found when that person is recorded (or by the
 * catch-up job, or a coordinator's "check for duplicates") and kept, so that reading a case runs no matching: at a
 * national service the matching a case page ran on every view was most of its time (issue 18).
 */
@ApplicationScoped
public class StoredDuplicates {

    /** One stored candidate: someone on a case, and an earlier person who may be them, as scored when checked. */
    public record Stored(UUID personId, UUID candidateId, String candidateName, LocalDate candidateDateOfBirth, double weight,
            double probability, List<String> reasons) {
    }

    private static final String REASONS_SEPARATOR = "\n";

    @Inject
    EntityManager entityManager;

    @Inject
    CandidateSearch candidates;

    @Inject
    PersonService people;

    @Inject
    Clock clock;

    /** Checks each person again and replaces what was stored for them (in the caller's transaction, or a new one). */
    @Transactional
    public Map<UUID, List<Candidate>> refresh(Collection<UUID> personIds) {
        Map<UUID, List<Candidate>> found = new HashMap<>();
        for (UUID personId : new TreeSet<>(personIds)) {
            PersonView person = people.view(personId, true);
            List<Candidate> earlier = candidates.candidates(MatchQuery.of(person)).stream()
                    .filter(c -> !c.personId().equals(personId)).toList();
            entityManager.createNativeQuery("delete from person_duplicate where person_id = :id").setParameter("id", personId)
                    .executeUpdate();
            for (Candidate candidate : earlier) {
                entityManager.createNativeQuery("""
                        insert into person_duplicate (person_id, candidate_id, candidate_name, candidate_dob, weight, probability, reasons)
                        values (:person, :candidate, :name, cast(:dob as date), :weight, :probability, :reasons)""")
                        .setParameter("person", personId).setParameter("candidate", candidate.personId())
                        .setParameter("name", candidate.name())
                        .setParameter("dob", candidate.dateOfBirth() == null ? null : Date.valueOf(candidate.dateOfBirth()))
                        .setParameter("weight", candidate.weight()).setParameter("probability", candidate.probability())
                        .setParameter("reasons", String.join(REASONS_SEPARATOR, candidate.reasons())).executeUpdate();
            }
            entityManager.createNativeQuery("""
                    insert into person_duplicate_check (person_id, checked_at) values (:id, :now)
                    on conflict (person_id) do update set checked_at = excluded.checked_at""")
                    .setParameter("id", personId).setParameter("now", clock.instant()).executeUpdate();
            found.put(personId, earlier);
        }
        return found;
    }

    /** What is stored for these people, best first; candidates since merged into someone else are left out. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Stored> of(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                select d.person_id, d.candidate_id, d.candidate_name, d.candidate_dob, d.weight, d.probability, d.reasons
                from person_duplicate d join person c on c.id = d.candidate_id and c.merged_into is null and c.erased_at is null
                where d.person_id in (:ids)
                order by d.person_id, d.weight desc""").setParameter("ids", personIds).getResultList();
        return rows.stream().map(r -> new Stored((UUID) r[0], (UUID) r[1], (String) r[2],
                toLocalDate(r[3]), ((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue(),
                List.of(((String) r[6]).split(REASONS_SEPARATOR)))).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /**
     * The conference kinds each person is known to through a submitted referral, as victim or linked person. Two
     * indexed reads, not one query with an OR across both, which no index answers (issue 18).
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<UUID, Set<ConferenceKind>> knownTo(Collection<UUID> personIds) {
        Map<UUID, Set<ConferenceKind>> kinds = new HashMap<>();
        if (personIds.isEmpty()) {
            return kinds;
        }
        List<Object[]> rows = new ArrayList<>(entityManager.createNativeQuery("""
                select r.victim_person_id, r.conference_kind_code from referral r
                where r.victim_person_id in (:ids) and r.state <> 'DRAFT'""").setParameter("ids", personIds).getResultList());
        rows.addAll(entityManager.createNativeQuery("""
                select l.person_id, r.conference_kind_code from referral_person l join referral r on r.id = l.referral_id
                where l.person_id in (:ids) and r.state <> 'DRAFT'""").setParameter("ids", personIds).getResultList());
        rows.forEach(r -> kinds.computeIfAbsent((UUID) r[0], id -> new TreeSet<>()).add(ConferenceKind.valueOf((String) r[1])));
        return kinds;
    }

    /**
     * Victims and alleged perpetrators of submitted cases never checked (the catch-up job's work), newest case first:
     * the newest are the likeliest to be opened next.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> neverChecked(int limit) {
        return entityManager.createNativeQuery("""
                select l.person_id from referral_person l
                join referral r on r.id = l.referral_id and r.state <> 'DRAFT'
                join person p on p.id = l.person_id and p.merged_into is null and p.erased_at is null
                where l.role in ('VICTIM', 'PERPETRATOR')
                  and not exists (select 1 from person_duplicate_check c where c.person_id = l.person_id)
                group by l.person_id order by max(r.submitted_at) desc limit :limit""").setParameter("limit", limit).getResultList();
    }

    /** A person's record was erased or merged away: what was stored about or against them goes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID personId) {
        entityManager.createNativeQuery("delete from person_duplicate where person_id = :id or candidate_id = :id")
                .setParameter("id", personId).executeUpdate();
        entityManager.createNativeQuery("delete from person_duplicate_check where person_id = :id").setParameter("id", personId)
                .executeUpdate();
    }
}
