package org.roundtable.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Security headers for every answer on the application port, set in one place. */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    // Swagger UI is a third-party page that needs inline script and style to run.
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            HttpServerRequest request = context.request();
            context.addHeadersEndHandler(ignored -> {
                var headers = context.response().headers();
                headers.set("Content-Security-Policy",
                        request.path().startsWith("/q/swagger-ui") ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
                headers.set("X-Frame-Options", "DENY");
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
                if (!request.path().startsWith("/assets/") && !request.path().startsWith("/static/")
                        && !request.path().startsWith("/webjars/")) {
                    headers.set("Cache-Control", "no-store");
                }
                if (onHttps(request)) {
                    headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
                }
            });
            context.next();
        });
    }

    private static boolean onHttps(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
