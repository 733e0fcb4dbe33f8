package org.roundtable.user;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.roundtable.audit.Actor;

/**
 * The signed-in person as the token describes them. The agency always comes from the token's
 * {@code agency} claim, never from a request parameter.
 */
@RequestScoped
public class CurrentUser {

    public static final String AGENCY_CLAIM = "agency";

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return claim("sub").orElse(identity.getPrincipal().getName());
    }

    public String username() {
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    public String displayName() {
        return claim("name").orElse(username());
    }

    public Optional<String> email() {
        return claim("email");
    }

    public Optional<String> agencyCode() {
        return claim(AGENCY_CLAIM);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The user's Roundtable roles in the realm's order. */
    public List<String> roles() {
        return Role.ALL.stream().filter(identity::hasRole).toList();
    }

    public Actor actor() {
        return new Actor(subject(), displayName(), agencyCode().orElse(null));
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString());
            }
        }
        return Optional.empty();
    }
}
