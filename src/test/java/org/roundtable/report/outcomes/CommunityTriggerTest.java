package org.roundtable.report.outcomes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.report.outcomes.OutcomeFixtures.london;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.trigger.CommunityTriggerRules;
import org.roundtable.trigger.CommunityTriggerRules.Met;
import org.roundtable.trigger.TriggerRule;

/**
 * The three Community Trigger rules, each on and off, over ASBRAC referrals of 2039 (no other test's year). Counted by
 * hand, with 3 complaints in 6 months and 5 people in 6 months:
 * <pre>
 * P1: 5 Jan, 10 Mar, 30 Jun (hate: yes)       30 Jun meets COMPLAINTS (3) and HATE_INCIDENT
 * P2: 2 Jan, 1 Feb, 3 Jul                     3 Jul looks back to 3 Jan: 2 complaints, not met
 * X named by Q1 1 Feb, Q2 1 Mar, Q3 1 Apr, Q4 20 Apr, Q5 1 May, Q1 again 15 May
 *                                             1 May and 15 May meet SAME_PROBLEM (5 people)
 * Y named by R1..R4, 2 to 5 Apr               4 people: not met
 * Z named by S1 1 Oct 2038, S2..S5 10 to 13 Apr   13 Apr looks back to 13 Oct: 4 people, not met
 * H1 4 Apr (hate: yes), H2 5 Apr (hate: no)   H1 meets HATE_INCIDENT
 * Q2 2039 (April to June), all rules on: COMPLAINTS 1, SAME_PROBLEM 2, HATE_INCIDENT 2, cases meeting any rule 4
 * (P1's third meets two rules, counted once); ASBRAC referrals submitted in Q2: 15
 * </pre>
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "coordinator")
class CommunityTriggerTest {

    private static final String REPORT = "/api/v1/reports/outcomes/community-trigger?period=quarter&year=2039&quarter=2";
    private static World world;

    record World(UUID p1Third, UUID p2Third, UUID q5, UUID q1Again, UUID q4, UUID r4, UUID s5, UUID h1, UUID h2) {
    }

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    CommunityTriggerRules rules;

    @Inject
    TestIdentityAssociation identity;

    @BeforeEach
    void referralsOf2039() {
        TriggerRuleSettings.threeComplaintsInSixMonths(identity);
        if (world != null) {
            return;
        }
        UUID p1 = fixtures.person("TriggerOne");
        fixtures.asbrac(p1, london(2039, 1, 5, 9, 0), false, "NO");
        fixtures.asbrac(p1, london(2039, 3, 10, 9, 0), false, "NO");
        UUID p1Third = fixtures.asbrac(p1, london(2039, 6, 30, 9, 0), false, "YES");
        UUID p2 = fixtures.person("TriggerTwo");
        fixtures.asbrac(p2, london(2039, 1, 2, 9, 0), false, null);
        fixtures.asbrac(p2, london(2039, 2, 1, 9, 0), false, null);
        UUID p2Third = fixtures.asbrac(p2, london(2039, 7, 3, 9, 0), false, null);

        UUID x = fixtures.person("Nuisance");
        UUID q1 = fixtures.person("ReporterOne");
        fixtures.asbrac(q1, london(2039, 2, 1, 10, 0), false, null, x);
        fixtures.asbrac(fixtures.person("ReporterTwo"), london(2039, 3, 1, 10, 0), false, null, x);
        fixtures.asbrac(fixtures.person("ReporterThree"), london(2039, 4, 1, 10, 0), false, null, x);
        UUID q4 = fixtures.asbrac(fixtures.person("ReporterFour"), london(2039, 4, 20, 10, 0), false, null, x);
        UUID q5 = fixtures.asbrac(fixtures.person("ReporterFive"), london(2039, 5, 1, 10, 0), false, null, x);
        UUID q1Again = fixtures.asbrac(q1, london(2039, 5, 15, 10, 0), false, null, x);

        UUID y = fixtures.person("Neighbour");
        UUID r4 = null;
        for (int day = 2; day <= 5; day++) {
            r4 = fixtures.asbrac(fixtures.person("Resident" + day), london(2039, 4, day, 10, 0), false, null, y);
        }
        UUID z = fixtures.person("Gang");
        fixtures.asbrac(fixtures.person("ShopOne"), london(2038, 10, 1, 10, 0), false, null, z);
        UUID s5 = null;
        for (int day = 10; day <= 13; day++) {
            s5 = fixtures.asbrac(fixtures.person("Shop" + day), london(2039, 4, day, 10, 0), false, null, z);
        }
        UUID h1 = fixtures.asbrac(fixtures.person("HateOne"), london(2039, 4, 4, 11, 0), false, "YES");
        UUID h2 = fixtures.asbrac(fixtures.person("HateTwo"), london(2039, 4, 5, 11, 0), false, "NO");
        world = new World(p1Third, p2Third, q5, q1Again, q4, r4, s5, h1, h2);
    }

    @AfterEach
    void shippedRules() {
        TriggerRuleSettings.shipped(identity);
    }

    private void readReport() {
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
    }

    private List<TriggerRule> met(UUID referral) {
        return rules.metBy(referral).stream().map(Met::rule).toList();
    }

    @Test
    void withTheShippedRulesOnlyThreeComplaintsCount() {
        TriggerRuleSettings.shipped(identity);
        assertEquals(List.of(new Met(TriggerRule.COMPLAINTS, 3)), rules.metBy(world.p1Third()));
        assertEquals(List.of(), met(world.p2Third()), "two complaints in the six months before 3 July");
        assertEquals(List.of(), met(world.q5()), "the same-problem rule is off");
        assertEquals(List.of(), met(world.h1()), "the hate incident rule is off");
        readReport();
        given().get(REPORT).then().statusCode(200).body("asbracReferrals", equalTo(15))
                .body("rules.rule", equalTo(List.of("COMPLAINTS", "SAME_PROBLEM", "HATE_INCIDENT")))
                .body("rules.on", equalTo(List.of(true, false, false)))
                .body("rules.cases", equalTo(List.of(1, 0, 0))).body("casesMeetingAnyRule", equalTo(1));
    }

    @Test
    void withEveryRuleOnEachCaseCountsUnderEachRuleItMetAndOnceInTheTotal() {
        TriggerRuleSettings.set(identity, true, true, 5, true);
        assertEquals(List.of(TriggerRule.COMPLAINTS, TriggerRule.HATE_INCIDENT), met(world.p1Third()));
        assertEquals(List.of(new Met(TriggerRule.SAME_PROBLEM, 5)), rules.metBy(world.q5()));
        assertEquals(List.of(new Met(TriggerRule.SAME_PROBLEM, 5)), rules.metBy(world.q1Again()), "five people, one of them twice");
        assertEquals(List.of(), met(world.q4()), "four people by 20 April");
        assertEquals(List.of(), met(world.r4()), "four people");
        assertEquals(List.of(), met(world.s5()), "the fifth reported more than six months before");
        assertEquals(List.of(new Met(TriggerRule.HATE_INCIDENT, 1)), rules.metBy(world.h1()));
        assertEquals(List.of(), met(world.h2()));
        assertEquals(List.of(), met(world.p2Third()));
        readReport();
        given().get(REPORT).then().statusCode(200).body("rules.on", equalTo(List.of(true, true, true)))
                .body("rules.cases", equalTo(List.of(1, 2, 2))).body("casesMeetingAnyRule", equalTo(4));
        given().get("/api/v1/reports/outcomes/community-trigger?period=quarter&year=2039&quarter=1").then().statusCode(200)
                .body("rules.cases", equalTo(List.of(0, 0, 0))).body("casesMeetingAnyRule", equalTo(0));
        String html = given().accept("text/html").get("/reports/outcomes/community-trigger?period=quarter&year=2039&quarter=2").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("5 people in 6 months") && html.contains("data-testid=\"rule-SAME_PROBLEM\""), html);
    }

    @Test
    void theSameProblemRuleCountsThePeopleItIsSetTo() {
        TriggerRuleSettings.set(identity, false, true, 4, false);
        assertEquals(List.of(new Met(TriggerRule.SAME_PROBLEM, 4)), rules.metBy(world.q4()));
        assertEquals(List.of(new Met(TriggerRule.SAME_PROBLEM, 4)), rules.metBy(world.r4()));
        assertEquals(List.of(new Met(TriggerRule.SAME_PROBLEM, 4)), rules.metBy(world.s5()), "S2 to S5: four people in six months");
        assertEquals(List.of(), met(world.p1Third()), "the complaints rule is off");
        readReport();
        given().get(REPORT).then().statusCode(200).body("rules.cases", equalTo(List.of(0, 5, 0))).body("casesMeetingAnyRule", equalTo(5));
    }

    @Test
    void withEveryRuleOffNoCaseMeetsTheTrigger() {
        TriggerRuleSettings.set(identity, false, false, 5, false);
        assertEquals(List.of(), met(world.p1Third()));
        assertEquals(List.of(), met(world.q5()));
        assertEquals(List.of(), met(world.h1()));
        readReport();
        given().get(REPORT).then().statusCode(200).body("rules.on", equalTo(List.of(false, false, false)))
                .body("rules.cases", equalTo(List.of(0, 0, 0))).body("casesMeetingAnyRule", equalTo(0));
    }

    @Test
    void onlyAsbracReadersSeeTheReport() {
        fixtures.signIn(identity, "chair", ConferenceKind.MARAC);
        given().get(REPORT).then().statusCode(403);
        fixtures.signIn(identity, "chair", ConferenceKind.ASBRAC);
        given().get(REPORT).then().statusCode(200).body("asbracReferrals", equalTo(15));
    }
}
