package org.roundtable.report.outcomes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.report.outcomes.OutcomeFixtures.london;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.support.Identities;

/**
 * Referrals and repeat referrals to the ASBRAC per month of 2037 (a year no other test uses), counted by hand:
 * <pre>
 * January   A 1 Jan 00:30 (repeat), B 15 Jan, C 31 Jan 23:30                       3 referrals, 1 repeat
 * February  D 1 Feb 00:00 (repeat), E 10 Feb, F 14 Feb (repeat), G 20 Feb, H 28 Feb 23:59   5 referrals, 2 repeats
 * March     I 31 Mar 23:30 BST (repeat; 22:30 UTC)                                  1 referral, 1 repeat
 * April     J 1 Apr 00:15 BST (31 March 23:15 UTC, but April in London)             1 referral, 0 repeats
 * not counted: a draft in January (never submitted), a MARAC referral in January
 * </pre>
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "coordinator")
class AsbracPerformanceTest {

    private static final String API = "/api/v1/reports/outcomes/asbrac-performance";
    private static boolean filled;

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @BeforeEach
    void referralsOf2037() {
        if (filled) {
            return;
        }
        filled = true;
        UUID victim = fixtures.person("Performance");
        fixtures.asbrac(victim, london(2037, 1, 1, 0, 30), true, null);
        fixtures.asbrac(victim, london(2037, 1, 15, 12, 0), false, null);
        fixtures.asbrac(victim, london(2037, 1, 31, 23, 30), false, null);
        fixtures.asbrac(victim, london(2037, 2, 1, 0, 0), true, null);
        fixtures.asbrac(victim, london(2037, 2, 10, 9, 0), false, null);
        fixtures.asbrac(victim, london(2037, 2, 14, 9, 0), true, null);
        fixtures.asbrac(victim, london(2037, 2, 20, 9, 0), false, null);
        fixtures.asbrac(victim, london(2037, 2, 28, 23, 59), false, null);
        fixtures.asbrac(victim, london(2037, 3, 31, 23, 30), true, null);
        fixtures.asbrac(victim, london(2037, 4, 1, 0, 15), false, null);
        fixtures.referral(ConferenceKind.ASBRAC, "DRAFT", victim, null, "{}");
        fixtures.referral(ConferenceKind.MARAC, "SUBMITTED", victim, london(2037, 1, 10, 9, 0), "{}");
    }

    @Test
    void eachMonthOfTheQuarterCountsItsReferralsAndRepeatsInLondonDays() {
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
        given().get(API + "?period=quarter&year=2037&quarter=1").then().statusCode(200)
                .body("period", equalTo("Q1 2037"))
                .body("months.from", equalTo(List.of("2037-01-01", "2037-02-01", "2037-03-01")))
                .body("months.to", equalTo(List.of("2037-01-31", "2037-02-28", "2037-03-31")))
                .body("months.referrals", equalTo(List.of(3, 5, 1)))
                .body("months.repeats", equalTo(List.of(1, 2, 1)))
                .body("months.repeatPercent", equalTo(List.of(33.3f, 40.0f, 100.0f)))
                .body("total.referrals", equalTo(9)).body("total.repeats", equalTo(4)).body("total.repeatPercent", equalTo(44.4f));
        // The first minutes of April in London are still 31 March in UTC: April, and the second quarter.
        given().get(API + "?period=quarter&year=2037&quarter=2").then().statusCode(200)
                .body("months.referrals", equalTo(List.of(1, 0, 0))).body("months.repeats", equalTo(List.of(0, 0, 0)))
                .body("months[1].repeatPercent", nullValue()).body("total.referrals", equalTo(1));
    }

    @Test
    void aCustomPeriodCutsItsMonthsToTheDaysInsideIt() {
        fixtures.signIn(identity, "chair", ConferenceKind.ASBRAC);
        given().get(API + "?period=custom&from=2037-01-31&to=2037-02-01").then().statusCode(200)
                .body("months.from", equalTo(List.of("2037-01-31", "2037-02-01")))
                .body("months.to", equalTo(List.of("2037-01-31", "2037-02-01")))
                .body("months.referrals", equalTo(List.of(1, 1))).body("months.repeats", equalTo(List.of(0, 1)))
                .body("total.referrals", equalTo(2));
        given().get(API + "?period=month&month=2037-02").then().statusCode(200)
                .body("months.referrals", equalTo(List.of(5))).body("total.repeats", equalTo(2));
    }

    @Test
    void theCsvWritesSmallCountsAsUnderFiveAndTheDownloadIsAudited() {
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
        String csv = given().get(API + ".csv?period=year&year=2037").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).contentType(containsString("text/csv")).extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("month,first_day,last_day,referrals,repeat_referrals", lines.get(0));
        assertEquals("January 2037,2037-01-01,2037-01-31,<5,<5", lines.get(1));
        assertEquals("February 2037,2037-02-01,2037-02-28,5,<5", lines.get(2));
        assertEquals("March 2037,2037-03-01,2037-03-31,<5,<5", lines.get(3));
        assertEquals("April 2037,2037-04-01,2037-04-30,<5,0", lines.get(4));
        assertEquals("May 2037,2037-05-01,2037-05-31,0,0", lines.get(5));
        assertEquals("Total,2037-01-01,2037-12-31,10,<5", lines.get(13));
        assertEquals(14, lines.size());
        assertEquals(1, fixtures.auditEvents("report.download", "format=csv; period=2037; from=2037-01-01; to=2037-12-31"));
    }

    @Test
    void thePageShowsTheMonthsAndLinksTheDownload() {
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
        String html = given().accept("text/html").get("/reports/outcomes/asbrac-performance?period=quarter&year=2037&quarter=1").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("<th scope=\"row\" class=\"govuk-table__header\">February 2037</th>"), html);
        assertTrue(html.contains("<strong>9</strong>") && html.contains("<strong>44.4%</strong>"), "the total row");
        assertTrue(html.contains("/reports/outcomes/asbrac-performance.csv?period=quarter&amp;year=2037&amp;quarter=1"), "the download link");
        assertTrue(fixtures.auditEvents("report.view", "period=Q1 2037") >= 1, "the look is audited");
        // What a browser sends for a download link: HTML first, anything else after.
        given().accept("text/html,*/*;q=0.8").get("/reports/outcomes/asbrac-performance.csv?period=quarter&year=2037&quarter=1").then()
                .statusCode(200)
                .body(containsString("Total,2037-01-01,2037-03-31,9,<5"));
    }

    @Test
    void aPeriodThatIsNotOneIsAFieldErrorOnTheApiAndThePage() {
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
        given().get(API + "?period=quarter&year=2037&quarter=5").then().statusCode(400)
                .body("errors[0].field", equalTo("quarter"));
        String html = given().accept("text/html").get("/reports/outcomes/asbrac-performance?period=custom&from=2037-02-01&to=2037-01-01")
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("govuk-error-summary") && html.contains("The last day must be the same as or after the first day"), html);
        assertTrue(html.contains("value=\"2037-02-01\""), "the form keeps what was typed");
    }

    @Test
    void onlyAsbracCoordinatorsAndChairsAdministratorsAndAuditorsReadIt() {
        fixtures.signIn(identity, "coordinator", ConferenceKind.MARAC);
        given().get(API + "?period=year&year=2037").then().statusCode(403);
        given().get(API + ".csv?period=year&year=2037").then().statusCode(403);
        given().accept("text/html").get("/reports/outcomes/asbrac-performance?period=year&year=2037").then().statusCode(403);
        assertTrue(fixtures.auditEvents("report.denied", "kind=ASBRAC") >= 3, "each refusal is audited");
        fixtures.signIn(identity, "chair", ConferenceKind.MARAC);
        given().get(API + "?period=year&year=2037").then().statusCode(403);
        Identities.signIn(identity, "referrer-outcomes", "Rita Reed", "ASBTEAM", "referrer");
        given().get(API + "?period=year&year=2037").then().statusCode(403);
        Identities.signIn(identity, "admin-outcomes", "Alex Morgan", "ASBTEAM", "admin");
        given().get(API + "?period=year&year=2037").then().statusCode(200).body("total.referrals", equalTo(10));
        Identities.signIn(identity, "auditor-outcomes", "Ada Lowe", "ASBTEAM", "auditor");
        given().get(API + "?period=year&year=2037").then().statusCode(200).body("total.repeats", equalTo(4));
    }
}
