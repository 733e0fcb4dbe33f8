package org.roundtable.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A refused bearer token on /api gets a problem document, like every other API error. Authentication happens
 * before Quarkus REST (proactively), so no exception mapper sees it: the Quarkus guide's way is a route failure
 * handler, which receives the answer with the status and the WWW-Authenticate challenge already set and only adds
 * the body. Pages are left alone: their sign-in failures must stay redirects to Keycloak.
 */
@ApplicationScoped
public class ApiAuthenticationProblem {

    static final String DETAIL = "Send a bearer access token that Keycloak issued to a Roundtable user for the roundtable-web "
            + "client (its audience); tokens of other clients and of service accounts are refused.";

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route("/api/*").failureHandler(this::explain);
    }

    private void explain(RoutingContext context) {
        boolean refused = context.failure() instanceof AuthenticationFailedException || context.failure() instanceof UnauthorizedException;
        if (!refused || context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        try {
            String body = json.writeValueAsString(new Problem("about:blank", "Unauthorized", 401, DETAIL, null, null));
            context.response().setStatusCode(401).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
        } catch (JsonProcessingException e) {
            context.next();
        }
    }
}
