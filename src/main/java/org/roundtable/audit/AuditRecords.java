package org.roundtable.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns what an auditor knows (a case's reference, a meeting's kind and day, a person) into the records whose events
 * tell its history, and audit record ids back into what a person can read (a reference, "MARAC meeting 24 Nov 2026").
 */
@ApplicationScoped
class AuditRecords {

    private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    @Inject
    EntityManager entityManager;

    /** Record type to ids; empty when the case, meeting or person is unknown. */
    Map<String, Set<String>> about(AuditQuery query) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        if (query.caseReference() != null) {
            aboutCase(query.caseReference(), keys);
        }
        if (query.meetingKind() != null) {
            Instant from = query.meetingOn().atStartOfDay(AuditQuery.LONDON).toInstant();
            Instant to = query.meetingOn().plusDays(1).atStartOfDay(AuditQuery.LONDON).toInstant();
            add(keys, "meeting", ids("select id from meeting where conference_kind_code = :kind and starts_at >= :from and starts_at < :to",
                    Map.of("kind", query.meetingKind().name(), "from", from, "to", to)));
        }
        if (query.personId() != null) {
            UUID person = UUID.fromString(query.personId());
            List<Object> people = withMerged(List.of(person));
            add(keys, "person", people);
            add(keys, "referral", ids("select referral_id from referral_person where person_id in (:people) union "
                    + "select id from referral where victim_person_id in (:people)", Map.of("people", people)));
        }
        return keys;
    }

    private void aboutCase(String reference, Map<String, Set<String>> keys) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = entityManager.createNativeQuery("select id, triage_call_id from referral where upper(reference) = :reference")
                .setParameter("reference", reference.trim().toUpperCase()).getResultList();
        for (Object[] row : found) {
            UUID referral = (UUID) row[0];
            add(keys, "referral", List.of(referral));
            if (row[1] != null) {
                add(keys, "triage-call", List.of(row[1]));
            }
            add(keys, "action", ids("select id from action where referral_id = :id", Map.of("id", referral)));
            List<Object> people = ids("select person_id from referral_person where referral_id = :id union "
                    + "select victim_person_id from referral where id = :id and victim_person_id is not null", Map.of("id", referral));
            add(keys, "person", people.isEmpty() ? people : withMerged(people));
        }
        @SuppressWarnings("unchecked")
        List<Object> calls = entityManager.createNativeQuery("select id from triage_call where upper(reference) = :reference")
                .setParameter("reference", reference.trim().toUpperCase()).getResultList();
        add(keys, "triage-call", calls);
    }

    /** The people and everyone ever merged with them, either way. */
    private List<Object> withMerged(List<?> people) {
        List<Object> all = new ArrayList<>(people);
        all.addAll(ids("select merged_id from person_merge where survivor_id in (:people) union "
                + "select survivor_id from person_merge where merged_id in (:people)", Map.of("people", people)));
        return all;
    }

    /** Readable names for the meetings and cases among these events, keyed "type:id". */
    Map<String, String> labels(Collection<AuditEvent> events) {
        Set<UUID> meetings = new LinkedHashSet<>();
        Set<UUID> referrals = new LinkedHashSet<>();
        for (AuditEvent e : events) {
            UUID id = uuid(e.entityId);
            if (id != null && "meeting".equals(e.entityType)) {
                meetings.add(id);
            } else if (id != null && "referral".equals(e.entityType)) {
                referrals.add(id);
            }
        }
        Map<String, String> labels = new HashMap<>();
        if (!meetings.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("select id, conference_kind_code, starts_at from meeting where id in (:ids)")
                    .setParameter("ids", meetings).getResultList();
            rows.forEach(r -> labels.put("meeting:" + r[0], r[1] + " meeting " + MEETING.format(instant(r[2]))));
        }
        if (!referrals.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("select id, reference from referral where id in (:ids) and reference is not null")
                    .setParameter("ids", referrals).getResultList();
            rows.forEach(r -> labels.put("referral:" + r[0], (String) r[1]));
        }
        return labels;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> ids(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return new ArrayList<>(query.getResultList());
    }

    private static void add(Map<String, Set<String>> keys, String type, Collection<?> ids) {
        ids.forEach(id -> keys.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(String.valueOf(id)));
    }
}
