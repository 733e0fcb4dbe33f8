package org.roundtable.trigger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.report.outcomes.OutcomeFixtures;
import org.roundtable.report.outcomes.TriggerRuleSettings;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/** Administrators switch each Community Trigger rule on or off, through the API and the settings page; every change is audited. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "admin")
class TriggerRulesTest {

    private static final String API = "/api/v1/community-trigger-rules";

    @Inject
    TestIdentityAssociation identity;

    @Inject
    OutcomeFixtures fixtures;

    @BeforeEach
    void shippedRulesAsAdmin() {
        TriggerRuleSettings.shipped(identity);
        Identities.signIn(identity, "admin-rules", "Alex Morgan", "ASBTEAM", "admin");
    }

    @AfterEach
    void shippedRulesAfter() {
        TriggerRuleSettings.shipped(identity);
    }

    private static int version() {
        return given().get(API).then().statusCode(200).extract().path("version");
    }

    @Test
    void theApiSwitchesRulesWithTheVersionReadAndRefusesBadNumbersAndStaleEdits() {
        given().get(API).then().statusCode(200).body("complaintsRule", equalTo(true)).body("sameProblemRule", equalTo(false))
                .body("hateIncidentRule", equalTo(false)).body("sameProblemReporters", equalTo(5)).body("sameProblemMonths", equalTo(6));
        int version = version();
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("complaintsRule", true, "sameProblemRule", true, "sameProblemReporters", 1, "sameProblemMonths", 61))
                .put(API).then().statusCode(400).body("errors.field", equalTo(List.of("sameProblemMonths", "sameProblemReporters")));
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("complaintsRule", true, "sameProblemRule", true, "sameProblemReporters", 5, "sameProblemMonths", 6))
                .put(API).then().statusCode(400).body("errors.field", equalTo(List.of("hateIncidentRule")));
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("complaintsRule", false, "sameProblemRule", true, "sameProblemReporters", 4, "sameProblemMonths", 3,
                        "hateIncidentRule", true))
                .put(API).then().statusCode(200).body("complaintsRule", equalTo(false)).body("sameProblemReporters", equalTo(4))
                .body("hateIncidentRule", equalTo(true)).body("updatedBy", equalTo("Alex Morgan")).body("version", equalTo(version + 1));
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("complaintsRule", true, "sameProblemRule", false, "sameProblemReporters", 5, "sameProblemMonths", 6,
                        "hateIncidentRule", false))
                .put(API).then().statusCode(409).body("current.sameProblemMonths", equalTo(3));
        assertTrue(fixtures.auditEvents("community-trigger.update",
                "after: complaints=off; sameProblem=on (4 people in 3 months); hateIncident=on") >= 1);
    }

    @Test
    void thePageSwitchesRulesAndKeepsWhatWasChosenOnAnError() {
        String page = given().accept("text/html").get("/admin/community-trigger").then().statusCode(200).extract().asString();
        assertTrue(page.contains("name=\"hateIncidentRule\" type=\"radio\" value=\"no\" checked"), page);
        String version = String.valueOf(version());
        String bad = Forms.post("/admin/community-trigger", "/admin/community-trigger", Map.of("complaintsRule", "maybe", "sameProblemRule",
                "yes", "sameProblemReporters", "five", "sameProblemMonths", "6", "hateIncidentRule", "yes", "version", version)).then()
                .statusCode(400).extract().asString();
        assertTrue(bad.contains("Say whether the complaints rule is used") && bad.contains("Enter a whole number"), bad);
        assertTrue(bad.contains("name=\"hateIncidentRule\" type=\"radio\" value=\"yes\" checked"), "the choice is kept");
        Forms.post("/admin/community-trigger", "/admin/community-trigger", Map.of("complaintsRule", "yes", "sameProblemRule", "yes",
                "sameProblemReporters", "5", "sameProblemMonths", "6", "hateIncidentRule", "yes", "version", version)).then().statusCode(303);
        given().get(API).then().body("sameProblemRule", equalTo(true)).body("hateIncidentRule", equalTo(true));
        String stale = Forms.post("/admin/community-trigger", "/admin/community-trigger", Map.of("complaintsRule", "no", "sameProblemRule",
                "no", "sameProblemReporters", "5", "sameProblemMonths", "6", "hateIncidentRule", "no", "version", version)).then()
                .statusCode(409).extract().asString();
        assertTrue(stale.contains("changed these rules while you were editing"), stale);
        given().accept("text/html").get("/admin/settings").then().statusCode(200).body(containsString("href=\"/admin/community-trigger\""));
    }

    @Test
    void coordinatorsReadTheRulesAndOnlyAdministratorsChangeThem() {
        TriggerRuleSettings.threeComplaintsInSixMonths(identity);
        Identities.signIn(identity, "coordinator-rules", "Ben Carter", "ASBTEAM", "coordinator");
        given().get(API).then().statusCode(200).body("complaints", equalTo(3));
        given().contentType("application/json").header("If-Match", "0").body(Map.of("complaintsRule", false)).put(API).then().statusCode(403);
        given().accept("text/html").get("/admin/community-trigger").then().statusCode(403);
        Identities.signIn(identity, "referrer-rules", "Rita Reed", "ASBTEAM", "referrer");
        given().get(API).then().statusCode(403);
    }
}
