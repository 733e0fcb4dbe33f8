package org.roundtable.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import org.roundtable.audit.AuditService;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** How sure Roundtable must be before it proposes an earlier person as a candidate; one row, changed by admins. */
@ApplicationScoped
public class MatchingSettings {

    public record View(double candidateMinProbability, long version) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public View get() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select candidate_min_probability, version from matching_setting where id = 1").getSingleResult();
        return new View(((BigDecimal) row[0]).doubleValue(), ((Number) row[1]).longValue());
    }

    /** Changes the threshold if nobody changed it since the If-Match version; audited with the old and new value. */
    @Transactional
    public View update(Double candidateMinProbability, String ifMatch) {
        if (candidateMinProbability == null || !(candidateMinProbability > 0 && candidateMinProbability < 1)) {
            throw new InvalidInputException("candidateMinProbability", "Enter a probability above 0 and below 1, for example 0.9");
        }
        long expectedVersion = Versions.fromIfMatch(ifMatch);
        View before = get();
        int changed = entityManager.createNativeQuery("""
                update matching_setting set candidate_min_probability = :p, version = version + 1, updated_at = now(), updated_by = :by
                where id = 1 and version = :v""")
                .setParameter("p", BigDecimal.valueOf(candidateMinProbability)).setParameter("by", currentUser.displayName())
                .setParameter("v", expectedVersion).executeUpdate();
        if (changed == 0) {
            throw new StaleEditException("Someone changed the matching settings while you were editing them.", before);
        }
        audit.record("settings.matching", "settings", "matching", before.candidateMinProbability() + " -> " + candidateMinProbability);
        return get();
    }
}
