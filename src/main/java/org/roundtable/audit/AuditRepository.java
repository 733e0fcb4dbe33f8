package org.roundtable.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
class AuditRepository implements PanacheRepository<AuditEvent> {

    List<AuditEvent> search(AuditQuery query, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (query.user() != null) {
            conditions.add("(lower(actorName) like :user or lower(actorSubject) = :userExact)");
            parameters.and("user", "%" + query.user().toLowerCase() + "%").and("userExact", query.user().toLowerCase());
        }
        if (query.agency() != null) {
            conditions.add("upper(actorAgency) = :agency");
            parameters.and("agency", query.agency().toUpperCase());
        }
        if (query.entityType() != null) {
            conditions.add("entityType = :entityType");
            parameters.and("entityType", query.entityType());
        }
        if (query.entityId() != null) {
            // Auditors are asked about "MARAC-2026-00042" or a call's reference, not about ids: both find the record.
            conditions.add("(entityId = :entityId or entityId in (select cast(r.id as String) from Referral r where upper(r.reference) = :reference)"
                    + " or entityId in (select cast(c.id as String) from TriageCall c where upper(c.reference) = :reference))");
            parameters.and("entityId", query.entityId()).and("reference", query.entityId().toUpperCase());
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
