package org.roundtable.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.audit.AuditService;
import org.roundtable.user.CurrentUser;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** How sure Roundtable must be before it proposes an earlier person as a candidate. */
@Path("/api/v1/matching-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class MatchingSettingsResource {

    public record MatchingSettings(double candidateMinProbability, long version) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Role.ADMIN, Role.COORDINATOR })
    @Operation(summary = "The minimum match probability for a candidate to be shown (default 0.9)")
    @Transactional
    public MatchingSettings get() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select candidate_min_probability, version from matching_setting where id = 1").getSingleResult();
        return new MatchingSettings(((BigDecimal) row[0]).doubleValue(), ((Number) row[1]).longValue());
    }

    @PUT
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Change the minimum match probability (above 0, below 1); send the version in If-Match; audited")
    @Transactional
    public MatchingSettings update(@HeaderParam("If-Match") String ifMatch, MatchingSettings body) {
        if (body == null || !(body.candidateMinProbability() > 0 && body.candidateMinProbability() < 1)) {
            throw new InvalidInputException("candidateMinProbability", "Enter a probability above 0 and below 1, for example 0.9");
        }
        long expected = Versions.fromIfMatch(ifMatch);
        MatchingSettings before = get();
        int changed = entityManager.createNativeQuery("""
                update matching_setting set candidate_min_probability = :p, version = version + 1, updated_at = now(), updated_by = :by
                where id = 1 and version = :v""")
                .setParameter("p", BigDecimal.valueOf(body.candidateMinProbability())).setParameter("by", currentUser.displayName())
                .setParameter("v", expected).executeUpdate();
        if (changed == 0) {
            throw new StaleEditException("Someone changed the matching settings while you were editing them.", before);
        }
        audit.record("settings.matching", "settings", "matching", before.candidateMinProbability() + " -> "
                + body.candidateMinProbability());
        return get();
    }
}
