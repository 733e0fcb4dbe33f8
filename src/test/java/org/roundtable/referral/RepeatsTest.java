package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The repeat rule: a victim heard at the same kind within the window (default 12 months) is a repeat. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class RepeatsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

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

    private ValidatableResponse submit(ReferralDraft draft) {
        String id = given().contentType("application/json").body(Map.of("kind", "MARAC", "draft", draft))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        return given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then();
    }

    /** A referral about a new victim, heard at MARAC on the given day (as a chair would record it). */
    private String[] heardOn(LocalDate day) {
        var submitted = submit(fixtures.completeMaracDraft("Eleanor", "Repeat" + p.housing(), LocalDate.of(1987, 9, 9)))
                .statusCode(200);
        String id = submitted.extract().path("id");
        String personId = submitted.extract().path("victim.id");
        String reference = submitted.extract().path("reference");
        fixtures.markHeard(id, day);
        return new String[] { personId, reference };
    }

    /** A new referral about the same person that meets no other criterion: low score, no judgement, one incident. */
    private ReferralDraft lowRiskAbout(String personId) {
        ReferralDraft complete = fixtures.completeMaracDraft("Eleanor", "Repeat" + p.housing(), LocalDate.of(1987, 9, 9));
        Map<String, String> no = new HashMap<>();
        complete.answers().keySet().forEach(question -> no.put(question, "NO"));
        return new ReferralDraft(null, UUID.fromString(personId), false, complete.perpetrators(), complete.children(),
                "Further incident: shouting in the street.", no, Map.of(), false, null, 1, ReferralDraft.Consent.GIVEN, null, null);
    }

    private static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    @Test
    void insideTheWindowIsARepeatAndMeetsTheCriteriaWhateverTheScore() {
        String[] earlier = heardOn(today().minusMonths(3));
        submit(lowRiskAbout(earlier[0])).statusCode(200)
                .body("score.total", equalTo(0)).body("repeat.earlierReference", equalTo(earlier[1]))
                .body("repeat.lastHeardOn", equalTo(today().minusMonths(3).toString()));
    }

    @Test
    void onTheExactLastDayOfTheWindowItIsStillARepeat() {
        String[] earlier = heardOn(today().minusMonths(12));
        submit(lowRiskAbout(earlier[0])).statusCode(200).body("repeat.earlierReference", equalTo(earlier[1]));
    }

    @Test
    void theDayAfterTheWindowItIsNotARepeat() {
        String[] earlier = heardOn(today().minusMonths(12).minusDays(1));
        submit(lowRiskAbout(earlier[0])).statusCode(400).body("errors[0].field", equalTo("criteria"));
        ReferralDraft high = fixtures.completeMaracDraft("Eleanor", "Repeat" + p.housing(), LocalDate.of(1987, 9, 9));
        ReferralDraft linked = new ReferralDraft(null, UUID.fromString(earlier[0]), false, high.perpetrators(), high.children(),
                high.incidentSummary(), high.answers(), Map.of(), false, null, 1, ReferralDraft.Consent.GIVEN, null, null);
        submit(linked).statusCode(200).body("repeat", nullValue());
    }

    @Test
    void aRepeatIsFlaggedOnTheScreeningQueueAndTheCasePage() {
        String[] earlier = heardOn(today().minusMonths(1));
        String id = submit(lowRiskAbout(earlier[0])).statusCode(200).extract().path("id");
        p.signInCoordinator(identity);
        String queue = given().accept("text/html").get("/cases/screening").then().statusCode(200).extract().asString();
        int row = queue.indexOf("/cases/" + id + "\"");
        assertTrue(row > 0, "the referral is on the queue");
        assertTrue(queue.substring(row, queue.indexOf("</tr>", row)).contains("data-testid=\"repeat\""), "flagged on the queue");
        given().accept("text/html").get("/cases/" + id).then().statusCode(200)
                .body(containsString("Heard at MARAC on")).body(containsString(earlier[1]));
    }

    @Test
    void theRuleCountsWholeLondonDays() {
        LocalDate heard = LocalDate.of(2025, 2, 28);
        assertTrue(RepeatRule.isRepeat(LocalDate.of(2026, 2, 28), heard, 12));
        assertFalse(RepeatRule.isRepeat(LocalDate.of(2026, 3, 1), heard, 12));
        assertTrue(RepeatRule.isRepeat(heard, heard, 12));
        assertTrue(RepeatRule.isRepeat(LocalDate.of(2025, 8, 28), heard, 6));
        assertFalse(RepeatRule.isRepeat(LocalDate.of(2025, 8, 29), heard, 6));
        assertFalse(RepeatRule.isRepeat(LocalDate.of(2025, 3, 1), null, 12));
    }
}
