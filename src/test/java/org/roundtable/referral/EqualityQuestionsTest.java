package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;

/**
 * The victim's coded equality questions (ethnic group, disability, LGBTQ+) and the alleged perpetrator's age: asked
 * on the victim and perpetrator pages and through the API, shown on check your answers and on the case, kept on the
 * submitted referral. A victim with only the old free text has no coded answer.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class EqualityQuestionsTest {

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = fixtures.partnership();
        p.signInReferrer(identity);
    }

    private String draft(Object draft) {
        return given().contentType("application/json").body(Map.of("kind", "MARAC", "draft", draft)).post("/api/v1/referrals").then()
                .statusCode(201).extract().path("id");
    }

    private static int version(String id) {
        return given().get("/api/v1/referrals/" + id).then().extract().path("version");
    }

    private static io.restassured.response.Response section(String id, String section, Map<String, Object> fields) {
        Map<String, Object> form = new HashMap<>(fields);
        form.put("version", String.valueOf(version(id)));
        return Forms.post("/referrals/" + id + "/sections/" + section, "/referrals/" + id + "/sections/" + section, form);
    }

    @Test
    void theVictimPageAsksTheCodedQuestionsAndTheAnswersReachCheckYourAnswersTheReferralAndTheCase() {
        String last = "Equal" + p.housing();
        String id = draft(fixtures.completeMaracDraft("Priya", last, LocalDate.of(1984, 3, 2)));
        String page = given().accept("text/html").get("/referrals/" + id + "/sections/victim").then().statusCode(200).extract().asString();
        assertTrue(page.contains("What is the victim&#39;s ethnic group? (optional)"), page);
        assertTrue(page.contains("value=\"ASIAN_PAKISTANI\"") && page.contains("Asian, Asian British or Asian Welsh: Pakistani"), page);
        assertTrue(page.contains("value=\"PREFER_NOT_TO_SAY\"") && page.contains("Ethnicity in the victim&#39;s own words (optional)"), page);

        Map<String, Object> victim = new HashMap<>(Map.of("firstName", "Priya", "lastName", last, "dob-day", "2", "dob-month", "3",
                "dob-year", "1984", "sex", "Female", "ethnicGroup", "ASIAN_PAKISTANI", "disabled", "NO", "lgbtq", "MAYBE"));
        victim.put("victimMatch", "NEW");
        assertEquals(303, section(id, "victim", victim).statusCode());
        given().get("/api/v1/referrals/" + id).then().body("draft.victimEquality.ethnicity", equalTo("ASIAN_PAKISTANI"))
                .body("draft.victimEquality.disability", equalTo("NO"))
                .body("draft.victimEquality.lgbtq", nullValue());
        assertEquals(303, section(id, "perpetrator", Map.of("perpFirstName", "Kevin", "perpLastName", last, "perpAge", "16",
                "perpRelationship", "Ex-partner")).statusCode());

        String check = given().accept("text/html").get("/referrals/" + id + "/check").then().statusCode(200).extract().asString();
        assertTrue(check.contains("data-testid=\"check-ethnic-group\">Asian, Asian British or Asian Welsh: Pakistani</dd>"), check);
        assertTrue(check.contains("data-testid=\"check-disabled\">No</dd>") && check.contains("data-testid=\"check-lgbtq\">Not answered</dd>"),
                check);

        given().contentType("application/json").header("If-Match", String.valueOf(version(id))).post("/api/v1/referrals/" + id + "/submit")
                .then().statusCode(200).body("victimEquality.ethnicity", equalTo("ASIAN_PAKISTANI"))
                .body("victimEquality.disability", equalTo("NO")).body("perpetrators[0].person.age", equalTo(16));
        given().accept("text/html").get("/cases/" + id).then().statusCode(200)
                .body(containsString("data-testid=\"victim-ethnic-group\">Asian, Asian British or Asian Welsh: Pakistani</dd>"))
                .body(containsString("data-testid=\"victim-lgbtq\">Not recorded</dd>"));
    }

    @Test
    void theApiTakesTheCodedAnswersAndRefusesOnesNotOffered() {
        ReferralDraft complete = fixtures.completeMaracDraft("Grace", "Coded" + p.housing(), LocalDate.of(1979, 7, 7));
        ReferralDraft coded = new ReferralDraft(complete.victim(), null, true, complete.perpetrators(), complete.children(),
                complete.incidentSummary(), complete.answers(), complete.answerNotes(), false, null, 1, ReferralDraft.Consent.GIVEN, null,
                null, new ReferralDraft.Equality(Ethnicity.WHITE_GYPSY_OR_IRISH_TRAVELLER, YesNoNotKnown.YES, YesNoNotKnown.NOT_KNOWN), null);
        String id = draft(coded);
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200)
                .body("victimEquality.ethnicity", equalTo("WHITE_GYPSY_OR_IRISH_TRAVELLER")).body("victimEquality.disability", equalTo("YES"))
                .body("victimEquality.lgbtq", equalTo("NOT_KNOWN"));

        given().contentType("application/json")
                .body("{\"kind\":\"MARAC\",\"draft\":{\"victimEquality\":{\"ethnicity\":\"MARTIAN\"}}}").post("/api/v1/referrals").then()
                .statusCode(400).body("errors[0].field", equalTo("draft.victimEquality.ethnicity"))
                .body("errors[0].message", containsString("ASIAN_BANGLADESHI"));
    }

    @Test
    void aVictimWithOnlyTheOldFreeTextHasNoCodedAnswer() {
        // completeMaracDraft writes "White British" in the free-text ethnicity, as every referral did before the coded questions.
        String id = draft(fixtures.completeMaracDraft("Hazel", "Free" + p.housing(), LocalDate.of(1981, 1, 1)));
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200)
                .body("victim.ethnicity", equalTo("White British")).body("victimEquality.ethnicity", nullValue())
                .body("victimEquality.disability", nullValue()).body("victimEquality.lgbtq", nullValue());
    }
}
