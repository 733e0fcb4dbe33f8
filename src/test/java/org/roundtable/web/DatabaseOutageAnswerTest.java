package org.roundtable.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/**
 * A request that meets an unreachable database is answered 503 with Retry-After: problem+json for the API and
 * scripts, a page for browsers. The outage is made by {@link DatabaseOutageResource} (a closed port, a silent
 * server) rather than by stopping the database, which every test class shares; the crash test
 * (CrashSafeEmbeddedDatabaseTest) shows that a real kill of the server gives the failures classified here.
 */
@QuarkusTest
@TestSecurity(user = "referrer.police", roles = "referrer")
class DatabaseOutageAnswerTest {

    @Test
    void aRefusedConnectionIsServiceUnavailableAsProblemJson() {
        given().accept("application/json").get("/test-only/database-outage/refused").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "60")
                .body("status", equalTo(503))
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("The database cannot be reached; try again in a minute."));
    }

    @Test
    void aPoolThatTimesOutIsServiceUnavailableToo() {
        given().accept("application/json").get("/test-only/database-outage/pool-timeout").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "60")
                .body("title", equalTo("Service unavailable"));
    }

    @Test
    void aBrowserGetsAServiceUnavailablePage() {
        given().accept("text/html").get("/test-only/database-outage/refused").then()
                .statusCode(503)
                .contentType(containsString("text/html"))
                .header("Retry-After", "60")
                .body(containsString("Sorry, the service is unavailable"))
                .body(containsString("The database cannot be reached; try again in a minute."));
    }

    @Test
    void anythingElseIsStillAnIncident() {
        given().accept("application/json").get("/test-only/database-outage/bug").then()
                .statusCode(500)
                .body("title", equalTo("Something went wrong"));
    }
}
