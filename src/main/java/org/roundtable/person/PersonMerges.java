package org.roundtable.person;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roundtable.audit.AuditService;
import org.roundtable.audit.AuditSubject;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;

/**
 * Merging two person records found to be the same person, and undoing it. The merged record is kept and points
 * at the survivor; its links to referrals and its identities move to the survivor, and the merge records exactly
 * which, so an undo moves back those and only those. Who may merge is decided by the caller (the referral access
 * policy); every merge and undo is audited with its reason.
 */
@ApplicationScoped
public class PersonMerges {

    public record Link(UUID referralId, String role) {
    }

    public record MergeView(UUID id, UUID survivorId, UUID mergedId, String reason, Instant mergedAt, String mergedBy,
            List<Link> movedLinks, List<UUID> movedVictimOf, Instant undoneAt, String undoneBy, String undoReason) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper json;

    /** 400 for a missing or repeated person, 404 for an unknown one, 409 when either was already merged. */
    @Transactional
    public void requireMergeable(UUID survivorId, UUID mergedId) {
        if (survivorId == null || mergedId == null || survivorId.equals(mergedId)) {
            throw new InvalidInputException("mergedId", "Choose two different people");
        }
        live(survivorId);
        live(mergedId);
    }

    @Transactional
    public MergeView merge(UUID survivorId, UUID mergedId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why these are the same person");
        }
        requireMergeable(survivorId, mergedId);
        Person survivor = live(survivorId);
        Person merged = live(mergedId);
        @SuppressWarnings("unchecked")
        List<Object[]> links = entityManager.createNativeQuery("""
                select l.referral_id, l.role from referral_person l where l.person_id = :merged and not exists (
                    select 1 from referral_person s where s.referral_id = l.referral_id and s.role = l.role and s.person_id = :survivor)""")
                .setParameter("merged", mergedId).setParameter("survivor", survivorId).getResultList();
        List<Link> moved = links.stream().map(r -> new Link((UUID) r[0], (String) r[1])).toList();
        for (Link link : moved) {
            entityManager.createNativeQuery("update referral_person set person_id = :survivor where referral_id = :referral and role = :role "
                    + "and person_id = :merged").setParameter("survivor", survivorId).setParameter("referral", link.referralId())
                    .setParameter("role", link.role()).setParameter("merged", mergedId).executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<UUID> victimOf = entityManager.createNativeQuery("select id from referral where victim_person_id = :merged")
                .setParameter("merged", mergedId).getResultList();
        entityManager.createNativeQuery("update referral set victim_person_id = :survivor where victim_person_id = :merged")
                .setParameter("survivor", survivorId).setParameter("merged", mergedId).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> identities = entityManager.createNativeQuery("select id from person_identity where person_id = :merged")
                .setParameter("merged", mergedId).getResultList();
        entityManager.createNativeQuery("update person_identity set person_id = :survivor where person_id = :merged")
                .setParameter("survivor", survivorId).setParameter("merged", mergedId).executeUpdate();
        merged.mergedInto = survivor.id;
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into person_merge (id, survivor_id, merged_id, reason, merged_at, merged_by, moved_links, moved_victim_of,
                    moved_identities) values (:id, :survivor, :merged, :reason, now(), :by, cast(:links as jsonb), cast(:victims as jsonb),
                    cast(:identities as jsonb))""")
                .setParameter("id", id).setParameter("survivor", survivorId).setParameter("merged", mergedId)
                .setParameter("reason", reason.trim()).setParameter("by", by).setParameter("links", write(moved))
                .setParameter("victims", write(victimOf)).setParameter("identities", write(identities.stream().map(Number::longValue).toList()))
                .executeUpdate();
        // The reason stays in person_merge; the audit row names the merge and both people.
        audit.record("person.merge", PersonService.ENTITY, survivorId.toString(), "merge " + id + ": merged " + mergedId + " into "
                + survivorId + "; " + moved.size() + " links, " + victimOf.size() + " victim referrals",
                AuditSubject.all(PersonService.ENTITY, List.of(survivorId, mergedId)));
        return get(id);
    }

    @Transactional
    public MergeView undo(UUID mergeId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the merge is undone");
        }
        MergeView merge = get(mergeId);
        if (merge.undoneAt() != null) {
            throw new IllegalStateChangeException("This merge was already undone on " + java.time.format.DateTimeFormatter
                    .ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"))
                    .format(merge.undoneAt()) + " by " + merge.undoneBy() + ".");
        }
        Person merged = entityManager.find(Person.class, merge.mergedId(), LockModeType.PESSIMISTIC_WRITE);
        for (Link link : merge.movedLinks()) {
            entityManager.createNativeQuery("update referral_person set person_id = :merged where referral_id = :referral and role = :role "
                    + "and person_id = :survivor").setParameter("merged", merge.mergedId()).setParameter("referral", link.referralId())
                    .setParameter("role", link.role()).setParameter("survivor", merge.survivorId()).executeUpdate();
        }
        if (!merge.movedVictimOf().isEmpty()) {
            entityManager.createNativeQuery("update referral set victim_person_id = :merged where id in (:ids)")
                    .setParameter("merged", merge.mergedId()).setParameter("ids", merge.movedVictimOf()).executeUpdate();
        }
        List<Long> identities = movedIdentities(mergeId);
        if (!identities.isEmpty()) {
            entityManager.createNativeQuery("update person_identity set person_id = :merged where id in (:ids)")
                    .setParameter("merged", merge.mergedId()).setParameter("ids", identities).executeUpdate();
        }
        merged.mergedInto = null;
        entityManager.createNativeQuery("update person_merge set undone_at = now(), undone_by = :by, undo_reason = :reason where id = :id")
                .setParameter("by", by).setParameter("reason", reason.trim()).setParameter("id", mergeId).executeUpdate();
        audit.record("person.merge-undo", PersonService.ENTITY, merge.survivorId().toString(), "merge " + mergeId + ": restored "
                + merge.mergedId() + " from " + merge.survivorId(), AuditSubject.all(PersonService.ENTITY, List.of(merge.survivorId(),
                merge.mergedId())));
        return get(mergeId);
    }

    /** Merges into this person still in force, newest first: where a coordinator goes to see or undo one. */
    @Transactional
    public List<MergeView> into(UUID survivorId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery(
                "select id from person_merge where survivor_id = :id and undone_at is null order by merged_at desc")
                .setParameter("id", survivorId).getResultList();
        return ids.stream().map(this::get).toList();
    }

    @Transactional
    public MergeView get(UUID mergeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, survivor_id, merged_id, reason, merged_at, merged_by, cast(moved_links as text), cast(moved_victim_of as text),
                       undone_at, undone_by, undo_reason from person_merge where id = :id""").setParameter("id", mergeId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundProblem("No merge " + mergeId);
        }
        Object[] r = rows.get(0);
        return new MergeView((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], instant(r[4]), (String) r[5],
                read((String) r[6], new TypeReference<List<Link>>() { }), read((String) r[7], new TypeReference<List<UUID>>() { }),
                instant(r[8]), (String) r[9], (String) r[10]);
    }

    private List<Long> movedIdentities(UUID mergeId) {
        String ids = (String) entityManager.createNativeQuery("select cast(moved_identities as text) from person_merge where id = :id")
                .setParameter("id", mergeId).getSingleResult();
        return new ArrayList<>(read(ids, new TypeReference<List<Long>>() { }));
    }

    /** Before comparing two people: 404 for an unknown one, 409 for one already merged (its merge must be undone first). */
    @Transactional
    public void requireUnmerged(UUID id) {
        Person person = entityManager.find(Person.class, id);
        if (person == null) {
            throw new NotFoundProblem("No person " + id);
        }
        if (person.mergedInto != null) {
            throw new IllegalStateChangeException("This person was already merged into another record; undo that merge first.");
        }
    }

    private Person live(UUID id) {
        Person person = entityManager.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (person == null) {
            throw new NotFoundProblem("No person " + id);
        }
        if (person.mergedInto != null) {
            throw new IllegalStateChangeException("This person was already merged into another record; undo that merge first.");
        }
        return person;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Instant i ? i : ((java.sql.Timestamp) value).toInstant();
    }
}
