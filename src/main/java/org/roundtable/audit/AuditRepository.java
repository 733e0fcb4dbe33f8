package org.roundtable.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
class AuditRepository implements PanacheRepository<AuditEvent> {

    /** The events matching the query; {@code about} holds the records (type to ids) a case, meeting or person stands for. */
    List<AuditEvent> search(AuditQuery query, Map<String, Set<String>> about, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (about != null) {
            if (about.isEmpty()) {
                return List.of();
            }
            // An event is about a record when the record is its own or one of its subjects (a list that returned it).
            List<String> any = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, Set<String>> key : about.entrySet()) {
                any.add("(entityType = :aboutType" + i + " and entityId in :aboutIds" + i + ")");
                any.add("id in (select e.id from AuditEvent e join e.subjects s where s.recordType = :aboutType" + i
                        + " and s.recordId in :aboutIds" + i + ")");
                parameters.and("aboutType" + i, key.getKey()).and("aboutIds" + i, key.getValue());
                i++;
            }
            conditions.add("(" + String.join(" or ", any) + ")");
        }
        if (query.user() != null) {
            conditions.add("(lower(actorName) like :user or lower(actorSubject) = :userExact)");
            parameters.and("user", "%" + query.user().toLowerCase() + "%").and("userExact", query.user().toLowerCase());
        }
        if (query.agency() != null) {
            conditions.add("upper(actorAgency) = :agency");
            parameters.and("agency", query.agency().toUpperCase());
        }
        if (query.entityId() != null) {
            // Auditors are asked about "MARAC-2026-00042" or a call's reference, not about ids: both find the record. An
            // event is also found by any record it names as a subject (every id a list returned).
            String own = "(entityId = :entityId or entityId in (select cast(r.id as String) from Referral r where upper(r.reference) = :reference)"
                    + " or entityId in (select cast(c.id as String) from TriageCall c where upper(c.reference) = :reference))";
            String subject = "id in (select e.id from AuditEvent e join e.subjects s where (s.recordId = :entityId"
                    + " or s.recordId in (select cast(r.id as String) from Referral r where upper(r.reference) = :reference)"
                    + " or s.recordId in (select cast(c.id as String) from TriageCall c where upper(c.reference) = :reference))"
                    + (query.entityType() == null ? "" : " and s.recordType = :entityType") + ")";
            conditions.add("(" + (query.entityType() == null ? own : "(entityType = :entityType and " + own + ")") + " or " + subject + ")");
            parameters.and("entityId", query.entityId()).and("reference", query.entityId().toUpperCase());
            if (query.entityType() != null) {
                parameters.and("entityType", query.entityType());
            }
        } else if (query.entityType() != null) {
            conditions.add("entityType = :entityType");
            parameters.and("entityType", query.entityType());
        }
        if (query.fromInclusive() != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", query.fromInclusive());
        }
        if (query.toExclusive() != null) {
            conditions.add("occurredAt < :to");
            parameters.and("to", query.toExclusive());
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where, Sort.descending("occurredAt", "id"), parameters).page(0, limit).list();
    }
}
