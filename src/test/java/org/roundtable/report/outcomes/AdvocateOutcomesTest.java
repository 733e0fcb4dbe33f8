package org.roundtable.report.outcomes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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
import org.roundtable.report.outcomes.OutcomeFixtures.Closure;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/**
 * The IDVA and ISVA services' 2041 (no other test's year), counted by hand. Outcomes are physical, sexual, harassment
 * and stalking, jealous and controlling, feels safer; "better" is stopped or reduced, or feels safer: yes.
 * <pre>
 * IDVA, Amara Idris: allocated a1 10 Jan, a2 10 Feb, a3 10 Mar, a4 31 Dec 23:30, a6 1 Apr, a7 5 May = 6
 *   closed in 2041: a1 1 Jun (STOPPED SAME REDUCED INCREASED YES), a2 1 Jul (REDUCED SAME SAME SAME PARTLY),
 *   a3 1 Aug (SAME SAME STOPPED SAME NO), a5 1 Feb (allocated 31 Dec 2040; INCREASED SAME STOPPED STOPPED YES) = 4
 *   not closed: a6 (closed then reopened), a7 (closed 1 Jan 2042 00:30)
 *   physical 2/4 50.0, sexual 0/4 0.0, harassment 3/4 75.0, controlling 1/4 25.0, feels safer 2/4 50.0
 * IDVA, Beth Lowe: allocated b1 3 Mar, b2 4 Mar = 2; closed b1 9 Sep (STOPPED, sexual not recorded, STOPPED STOPPED YES) = 1
 *   physical 1/1 100.0, sexual none recorded, harassment 1/1, controlling 1/1, feels safer 1/1
 * IDVA, not allocated: u1 never closed (not shown); u2 closed 10 Oct by the SPOC (SAME SAME SAME SAME NO)
 * IDVA service: allocated 8, closed 6; physical 3/6 50.0, sexual 0/5 0.0, harassment 4/6 66.7, controlling 2/6 33.3,
 *   feels safer 3/6 50.0
 * ISVA, Cleo Marsh: allocated 2 Feb, closed 3 Mar (REDUCED x4, YES)
 * </pre>
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "coordinator")
class AdvocateOutcomesTest {

    private static final String API = "/api/v1/reports/outcomes/advocates";
    private static String amara;

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @BeforeEach
    void caseloadsOf2041() {
        if (amara != null) {
            return;
        }
        amara = Forms.unique("idva-a-");
        String beth = Forms.unique("idva-b-");
        ConferenceKind marac = ConferenceKind.MARAC;
        UUID a1 = fixtures.caseloadEntry(marac, amara, "Amara Idris", london(2041, 1, 10, 9, 0));
        UUID a2 = fixtures.caseloadEntry(marac, amara, "Amara Idris", london(2041, 2, 10, 9, 0));
        UUID a3 = fixtures.caseloadEntry(marac, amara, "Amara Idris", london(2041, 3, 10, 9, 0));
        fixtures.caseloadEntry(marac, amara, "Amara Idris", london(2041, 12, 31, 23, 30));
        UUID a5 = fixtures.caseloadEntry(marac, amara, "Amara Idris", london(2040, 12, 31, 23, 30));
        UUID a6 = fixtures.caseloadEntry(marac, amara, "Amara Idris", london(2041, 4, 1, 9, 0));
        UUID a7 = fixtures.caseloadEntry(marac, amara, "Amara Idris", london(2041, 5, 5, 9, 0));
        fixtures.closed(a1, new Closure(london(2041, 6, 1, 9, 0), "STOPPED", "SAME", "REDUCED", "INCREASED", "YES"));
        fixtures.closed(a2, new Closure(london(2041, 7, 1, 9, 0), "REDUCED", "SAME", "SAME", "SAME", "PARTLY"));
        fixtures.closed(a3, new Closure(london(2041, 8, 1, 9, 0), "SAME", "SAME", "STOPPED", "SAME", "NO"));
        fixtures.closed(a5, new Closure(london(2041, 2, 1, 9, 0), "INCREASED", "SAME", "STOPPED", "STOPPED", "YES"));
        fixtures.closedThenReopened(a6, new Closure(london(2041, 5, 1, 9, 0), "STOPPED", "STOPPED", "STOPPED", "STOPPED", "YES"));
        fixtures.closed(a7, new Closure(london(2042, 1, 1, 0, 30), "STOPPED", "STOPPED", "STOPPED", "STOPPED", "YES"));
        UUID b1 = fixtures.caseloadEntry(marac, beth, "Beth Lowe", london(2041, 3, 3, 9, 0));
        fixtures.caseloadEntry(marac, beth, "Beth Lowe", london(2041, 3, 4, 9, 0));
        fixtures.closed(b1, new Closure(london(2041, 9, 9, 9, 0), "STOPPED", null, "STOPPED", "STOPPED", "YES"));
        fixtures.caseloadEntry(marac, null, null, london(2041, 6, 6, 9, 0));
        UUID u2 = fixtures.caseloadEntry(marac, null, null, london(2041, 6, 7, 9, 0));
        fixtures.closed(u2, new Closure(london(2041, 10, 10, 9, 0), "SAME", "SAME", "SAME", "SAME", "NO"));
        UUID c1 = fixtures.caseloadEntry(ConferenceKind.SARAC, Forms.unique("isva-c-"), "Cleo Marsh", london(2041, 2, 2, 9, 0));
        fixtures.closed(c1, new Closure(london(2041, 3, 3, 9, 0), "REDUCED", "REDUCED", "REDUCED", "REDUCED", "YES"));
    }

    @Test
    void eachIdvaCountsCasesAllocatedAndClosedInTheYearAndTheirOutcomes() {
        fixtures.signIn(identity, "coordinator", ConferenceKind.MARAC);
        given().get(API + "?service=IDVA&year=2041").then().statusCode(200)
                .body("serviceName", equalTo("IDVA service")).body("period", equalTo("2041")).body("plannedCasesAYear", equalTo(100))
                .body("advocates.advocateName", equalTo(List.of("Amara Idris", "Beth Lowe", "Not allocated to an advocate")))
                .body("advocates.allocated", equalTo(List.of(6, 2, 0)))
                .body("advocates.closed", equalTo(List.of(4, 1, 1)))
                .body("advocates[0].physicalAbuse.recorded", equalTo(4)).body("advocates[0].physicalAbuse.better", equalTo(2))
                .body("advocates.physicalAbuse.percent", equalTo(List.of(50.0f, 100.0f, 0.0f)))
                .body("advocates.sexualAbuse.recorded", equalTo(List.of(4, 0, 1)))
                .body("advocates.sexualAbuse.percent", equalTo(java.util.Arrays.asList(0.0f, null, 0.0f)))
                .body("advocates.harassmentAndStalking.percent", equalTo(List.of(75.0f, 100.0f, 0.0f)))
                .body("advocates.jealousAndControlling.percent", equalTo(List.of(25.0f, 100.0f, 0.0f)))
                .body("advocates.feelsSafer.better", equalTo(List.of(2, 1, 0)))
                .body("advocates.feelsSafer.percent", equalTo(List.of(50.0f, 100.0f, 0.0f)))
                .body("total.advocateName", equalTo("All advocates")).body("total.allocated", equalTo(8)).body("total.closed", equalTo(6))
                .body("total.physicalAbuse.percent", equalTo(50.0f))
                .body("total.sexualAbuse.recorded", equalTo(5)).body("total.sexualAbuse.percent", equalTo(0.0f))
                .body("total.harassmentAndStalking.percent", equalTo(66.7f))
                .body("total.jealousAndControlling.percent", equalTo(33.3f))
                .body("total.feelsSafer.recorded", equalTo(6)).body("total.feelsSafer.percent", equalTo(50.0f));
        // 31 December 2040 at 23:30 in London is still 2040.
        given().get(API + "?service=IDVA&year=2040").then().statusCode(200)
                .body("advocates.find { it.advocateSubject == '" + amara + "' }.allocated", equalTo(1))
                .body("advocates.find { it.advocateSubject == '" + amara + "' }.closed", equalTo(0));
    }

    @Test
    void theIsvaServiceCountsOnlySaracCasesAndHasNoPlannedFigure() {
        fixtures.signIn(identity, "coordinator", ConferenceKind.SARAC);
        given().get(API + "?service=ISVA&year=2041").then().statusCode(200)
                .body("serviceName", equalTo("ISVA service")).body("plannedCasesAYear", nullValue())
                .body("advocates.advocateName", equalTo(List.of("Cleo Marsh")))
                .body("total.allocated", equalTo(1)).body("total.closed", equalTo(1)).body("total.physicalAbuse.percent", equalTo(100.0f));
        given().get(API + "?service=IDVA&year=2041").then().statusCode(403);
    }

    @Test
    void thePageShowsThePlannedCaseloadBesideTheFigures() {
        fixtures.signIn(identity, "chair", ConferenceKind.MARAC);
        String html = given().accept("text/html").get("/reports/outcomes/advocates?service=IDVA&year=2041").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains("SafeLives plans about 100 cases a year for one full-time IDVA"), html);
        assertTrue(html.contains("plan: about 100 a year full time"), "beside the allocated column");
        assertTrue(html.contains("75.0% <span class=\"govuk-hint govuk-!-display-inline\">(3 of 4)</span>"), "Amara's harassment outcomes");
        assertTrue(html.contains("None recorded"), "Beth's sexual abuse outcome");
    }

    @Test
    void aServiceOrYearThatIsNotOneIsAFieldErrorAndOutsidersAreRefused() {
        Identities.signIn(identity, "auditor-advocates", "Ada Lowe", "ASBTEAM", "auditor");
        given().get(API + "?service=IDVA&year=2041").then().statusCode(200).body("total.allocated", equalTo(8));
        given().get(API + "?service=ASB&year=2041").then().statusCode(400).body("errors[0].field", equalTo("service"));
        given().get(API + "?service=IDVA&year=20x1").then().statusCode(400).body("errors[0].field", equalTo("year"));
        String html = given().accept("text/html").get("/reports/outcomes/advocates?service=IDVA&year=1999").then().statusCode(400)
                .extract().asString();
        assertTrue(html.contains("Year must be between 2000 and 2100"), html);
        Identities.signIn(identity, "idva-reader", "Amara Idris", "ASBTEAM", "idva");
        given().get(API + "?service=IDVA&year=2041").then().statusCode(403);
    }
}
