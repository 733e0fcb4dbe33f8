package org.roundtable.user;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.TenantFeature;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

/**
 * The API answers Roundtable users only. A token of the realm that names no subject or no agency belongs to a
 * client (a service account) or to an account that Roundtable cannot place in an agency, so every rule that reads
 * the agency would have nothing to go on: refuse it while the token is verified (401), before any resource runs.
 * The audience (roundtable-web) is checked by configuration, {@code quarkus.oidc.api.token.audience}.
 */
@Unremovable
@ApplicationScoped
@TenantFeature("api") // the bearer-token tenant, quarkus.oidc.api.*
public class RoundtableUserToken implements Validator {

    @Override
    public String validate(JwtContext context) throws MalformedClaimException {
        JwtClaims claims = context.getJwtClaims();
        if (blank(claims.getSubject())) {
            return "The token names no subject";
        }
        if (!(claims.getClaimValue(CurrentUser.AGENCY_CLAIM) instanceof String agency) || blank(agency)) {
            return "The token names no agency: it belongs to no Roundtable user";
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
