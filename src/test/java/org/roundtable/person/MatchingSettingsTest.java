package org.roundtable.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class MatchingSettingsTest {

    @Test
    void anAdministratorChangesTheCandidateThresholdWithTheVersionItRead() {
        int version = given().get("/api/v1/matching-settings").then().statusCode(200).extract().path("version");
        float before = given().get("/api/v1/matching-settings").then().extract().path("candidateMinProbability");

        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(Map.of("candidateMinProbability", 1.5))
                .put("/api/v1/matching-settings").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("candidateMinProbability"));
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(Map.of("candidateMinProbability", 0.95))
                .put("/api/v1/matching-settings").then().statusCode(200).body("candidateMinProbability", equalTo(0.95f))
                .body("version", equalTo(version + 1));
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(Map.of("candidateMinProbability", 0.5))
                .put("/api/v1/matching-settings").then().statusCode(409);
        given().contentType("application/json").header("If-Match", String.valueOf(version + 1)).body(Map.of("candidateMinProbability", before))
                .put("/api/v1/matching-settings").then().statusCode(200).body("candidateMinProbability", equalTo(before));
    }

    @Test
    @TestSecurity(user = "someone", roles = "referrer")
    void aReferrerCannotChangeIt() {
        given().contentType("application/json").header("If-Match", "0").body(Map.of("candidateMinProbability", 0.1))
                .put("/api/v1/matching-settings").then().statusCode(403);
    }
}
