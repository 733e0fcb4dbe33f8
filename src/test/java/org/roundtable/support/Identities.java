package org.roundtable.support;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Switches the signed-in test user between requests inside one test, so that one test can walk through a
 * table of readers. Needs {@code @TestSecurity} on the test to switch test identities on.
 */
public final class Identities {

    private Identities() {
    }

    public static void signIn(TestIdentityAssociation association, String subject, String name, String agencyCode, String... roles) {
        Map<String, Object> claims = agencyCode == null ? Map.of("sub", subject, "name", name, "preferred_username", subject)
                : Map.of("sub", subject, "name", name, "preferred_username", subject, "agency", agencyCode);
        association.setTestIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new Token(subject, claims))
                .addRoles(Set.of(roles))
                .build());
    }

    record Token(String getName, Map<String, Object> claims) implements JsonWebToken {
        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
