package org.roundtable.report.outcomes;

import static io.restassured.RestAssured.given;

import io.quarkus.test.security.TestIdentityAssociation;
import java.util.HashMap;
import java.util.Map;
import org.roundtable.support.Identities;

/** Sets the Community Trigger rules as an administrator would, and puts back the shipped ones afterwards. */
public final class TriggerRuleSettings {

    private TriggerRuleSettings() {
    }

    public static void set(TestIdentityAssociation identity, boolean complaints, boolean sameProblem, int reporters, boolean hate) {
        Identities.signIn(identity, "admin-trigger", "Alex Morgan", "ASBTEAM", "admin");
        int version = given().get("/api/v1/community-trigger-rules").then().statusCode(200).extract().path("version");
        Map<String, Object> rules = new HashMap<>(Map.of("complaintsRule", complaints, "sameProblemRule", sameProblem,
                "sameProblemReporters", reporters, "sameProblemMonths", 6, "hateIncidentRule", hate));
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(rules)
                .put("/api/v1/community-trigger-rules").then().statusCode(200);
    }

    /** The shipped rules: three complaints in six months on, the two others off. */
    public static void shipped(TestIdentityAssociation identity) {
        set(identity, true, false, 5, false);
    }

    /** The ASBRAC's complaints threshold, as the migration ships it: 3 complaints in 6 months. */
    public static void threeComplaintsInSixMonths(TestIdentityAssociation identity) {
        Identities.signIn(identity, "admin-trigger", "Alex Morgan", "ASBTEAM", "admin");
        Map<String, Object> asbrac = given().get("/api/v1/settings").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.conferenceKind == 'ASBRAC' }");
        if (((Number) asbrac.get("communityTriggerComplaints")).intValue() == 3 && ((Number) asbrac.get("communityTriggerMonths")).intValue() == 6) {
            return;
        }
        Map<String, Object> changed = new HashMap<>(asbrac);
        changed.keySet().retainAll(java.util.Set.of("escalationIncidents", "escalationMonths", "repeatWindowMonths", "agendaCap"));
        changed.put("communityTriggerComplaints", 3);
        changed.put("communityTriggerMonths", 6);
        given().contentType("application/json").header("If-Match", String.valueOf(asbrac.get("version"))).body(changed)
                .put("/api/v1/settings/ASBRAC").then().statusCode(200);
    }
}
