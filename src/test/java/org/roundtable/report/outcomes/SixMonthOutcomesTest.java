package org.roundtable.report.outcomes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.report.outcomes.OutcomeFixtures.clockAt;
import static org.roundtable.report.outcomes.OutcomeFixtures.london;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;

/**
 * Six-month reviews counted by the quarter of the first hearing, in 2038 (no other test's year), with today 1 October
 * 2038. Counted by hand:
 * <pre>
 * K1 heard 1 Jan (Q1's first day)        due 1 Jul   recorded: further incidents yes, closed with risk reduced no
 * K2 heard 31 Mar 23:30 BST (Q1's last)  due 30 Sep  recorded: no, yes
 * K5 heard 10 Feb, heard again 1 May     due 10 Aug  recorded: no, yes   (counted in Q1: the first hearing)
 * K3 heard 1 Apr 00:15 BST (Q2's first)  due 1 Oct   today, not recorded
 * K4 heard 31 Aug                        due 28 Feb 2039: not due
 * not counted: a MARAC case heard in Q1, an ASBRAC case never heard
 * Q1: heard 3, due 3, recorded 3, outstanding 0, further 1 (33.3%), closed with risk reduced 2 (66.7%)
 * Q2: heard 1, due 1, recorded 0, outstanding 1;  Q3: heard 1, due 0;  Q4: nothing
 * Year: heard 5, due 4, recorded 3, outstanding 1, further 1 (33.3%), closed with risk reduced 2 (66.7%)
 * </pre>
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "coordinator")
class SixMonthOutcomesTest {

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    private UUID heard(Instant first) {
        UUID id = fixtures.asbrac(fixtures.person("Outcome"), first.minusSeconds(86_400L * 20), false, null);
        fixtures.heard(id, first);
        return id;
    }

    private static void record(UUID id, boolean furtherIncidents, boolean closedWithRiskReduced) {
        given().contentType("application/json").header("If-Match", "0")
                .body(Map.of("furtherIncidents", furtherIncidents, "closedWithRiskReduced", closedWithRiskReduced))
                .put("/api/v1/six-month-reviews/" + id).then().statusCode(200);
    }

    @Test
    void eachQuarterOfHearingCountsItsReviewsAndTheirAnswers() {
        UUID k1 = heard(london(2038, 1, 1, 10, 0));
        UUID k2 = heard(london(2038, 3, 31, 23, 30));
        UUID k5 = heard(london(2038, 2, 10, 10, 0));
        fixtures.heard(k5, london(2038, 5, 1, 10, 0));
        heard(london(2038, 4, 1, 0, 15));
        heard(london(2038, 8, 31, 10, 0));
        UUID marac = fixtures.referral(ConferenceKind.MARAC, "SUBMITTED", fixtures.person("Marac"), london(2038, 1, 2, 9, 0), "{}");
        fixtures.heard(marac, london(2038, 2, 2, 10, 0));
        fixtures.asbrac(fixtures.person("Unheard"), london(2038, 1, 5, 9, 0), false, null);

        clockAt(LocalDate.of(2038, 10, 1), 9);
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
        record(k1, true, false);
        record(k2, false, true);
        record(k5, false, true);

        given().get("/api/v1/reports/outcomes/asbrac-six-month-reviews?period=year&year=2038").then().statusCode(200)
                .body("today", equalTo("2038-10-01"))
                .body("quarters.from", equalTo(List.of("2038-01-01", "2038-04-01", "2038-07-01", "2038-10-01")))
                .body("quarters.heard", equalTo(List.of(3, 1, 1, 0)))
                .body("quarters.due", equalTo(List.of(3, 1, 0, 0)))
                .body("quarters.recorded", equalTo(List.of(3, 0, 0, 0)))
                .body("quarters.outstanding", equalTo(List.of(0, 1, 0, 0)))
                .body("quarters.furtherIncidents", equalTo(List.of(1, 0, 0, 0)))
                .body("quarters[0].furtherIncidentsPercent", equalTo(33.3f))
                .body("quarters.closedWithRiskReduced", equalTo(List.of(2, 0, 0, 0)))
                .body("quarters[0].closedWithRiskReducedPercent", equalTo(66.7f))
                .body("quarters[1].closedWithRiskReducedPercent", nullValue())
                .body("total.heard", equalTo(5)).body("total.due", equalTo(4)).body("total.recorded", equalTo(3))
                .body("total.outstanding", equalTo(1)).body("total.furtherIncidentsPercent", equalTo(33.3f))
                .body("total.closedWithRiskReducedPercent", equalTo(66.7f));
        // The quarter boundary: the last day of March belongs to the first quarter, the first of April to the second.
        given().get("/api/v1/reports/outcomes/asbrac-six-month-reviews?period=custom&from=2038-03-31&to=2038-04-01").then().statusCode(200)
                .body("quarters.from", equalTo(List.of("2038-03-31", "2038-04-01")))
                .body("quarters.heard", equalTo(List.of(1, 1))).body("quarters.recorded", equalTo(List.of(1, 0)));

        fixtures.signIn(identity, "chair", ConferenceKind.ASBRAC);
        String html = given().accept("text/html").get("/reports/outcomes/six-month-reviews?period=year&year=2038").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("data-testid=\"quarter-total\"") && html.contains("1 (33.3%)") && html.contains("2 (66.7%)"), html);
        fixtures.signIn(identity, "coordinator", ConferenceKind.SARAC);
        given().get("/api/v1/reports/outcomes/asbrac-six-month-reviews?period=year&year=2038").then().statusCode(403);
    }
}
