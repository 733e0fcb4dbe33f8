package org.roundtable.user;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/** Records each browser sign-in: the user's record is refreshed from the token and the sign-in is audited. */
@ApplicationScoped
public class SignInListener {

    private static final Logger LOG = Logger.getLogger(SignInListener.class);

    @Inject
    UserService users;

    // Asynchronous: security events arrive on the I/O thread, where the database must not be used.
    void onSecurityEvent(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN) {
            return;
        }
        try {
            users.recordSignIn(signInOf(event.getSecurityIdentity()));
        } catch (RuntimeException e) {
            LOG.error("Could not record a sign-in", e);
        }
    }

    public static SignIn signInOf(SecurityIdentity identity) {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        String username = stringClaim(token, "preferred_username", token.getName());
        return new SignIn(token.getSubject(), username, stringClaim(token, "name", username),
                stringClaim(token, "email", null), stringClaim(token, CurrentUser.AGENCY_CLAIM, null),
                Role.ALL.stream().filter(identity::hasRole).toList());
    }

    private static String stringClaim(JsonWebToken token, String claim, String fallback) {
        Object value = token.getClaim(claim);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
