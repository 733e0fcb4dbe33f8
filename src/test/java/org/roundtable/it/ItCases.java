package org.roundtable.it;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cases for browser journeys, made through the API as the demo users: a high-risk MARAC referral, submitted and accepted. */
final class ItCases {

    record Accepted(String id, String reference) {
    }

    private ItCases() {
    }

    static Accepted accepted(String referrerUser, String firstName, String lastName) {
        String id = submitted(referrerUser, firstName, lastName);
        String coordinator = KeycloakAdmin.accessToken("coordinator");
        int version = given().auth().oauth2(coordinator).get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("version");
        String reference = given().auth().oauth2(coordinator).contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("to", "ACCEPTED")).post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200)
                .extract().path("reference");
        return new Accepted(id, reference);
    }

    /** A high-risk MARAC referral, submitted and waiting in the coordinator's screening queue; its id. */
    static String submitted(String referrerUser, String firstName, String lastName) {
        String referrer = KeycloakAdmin.accessToken(referrerUser);
        List<Map<String, Object>> questions = given().auth().oauth2(referrer).get("/api/v1/checklists/DASH_RIC").then().statusCode(200)
                .extract().path("definition.questions");
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put((String) questions.get(i).get("id"), i < 15 ? "YES" : "NO");
        }
        Map<String, Object> victim = Map.of("firstName", firstName, "lastName", lastName, "dateOfBirth", "1991-02-03",
                "address", "4 Church Street", "town", "Dunstable", "postcode", "LU5 4RL");
        Map<String, Object> draft = Map.of("victim", victim, "victimIsNewPerson", true, "incidentSummary", "Strangled at home on 20 November.",
                "answers", answers, "consent", "GIVEN");
        String id = given().auth().oauth2(referrer).contentType("application/json").body(Map.of("kind", "MARAC", "draft", draft))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(referrer).contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit")
                .then().statusCode(200);
        return id;
    }
}
