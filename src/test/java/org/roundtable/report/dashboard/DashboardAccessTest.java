package org.roundtable.report.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.support.Identities;

/** Who reads the dashboard and its lists of cases, what each sees, and the audit of every look and download. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class DashboardAccessTest {

    private static final String Q1 = "kind=MARAC&period=quarter&year=2013&quarter=1";
    private static final String COORDINATOR = "dash-coordinator";
    private static final String CHAIR = "dash-chair";
    private static final String ASB_CHAIR = "dash-asb-chair";

    @Inject
    DashboardFixture fixture;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void load() {
        fixture.load();
        fixture.user(COORDINATOR, "DBHSG", "coordinator", ConferenceKind.MARAC);
        fixture.user(CHAIR, "DBCHAIR", "chair", ConferenceKind.MARAC);
        fixture.user(ASB_CHAIR, "DBCHAIR", "chair", ConferenceKind.ASBRAC);
    }

    @Test
    void referrersAndSpocsAndChairsOfAnotherKindAreRefused() {
        Identities.signIn(identity, "dash-referrer", "Referrer", "DBPOL", "referrer");
        given().get("/api/v1/reports/dashboard?" + Q1).then().statusCode(403);
        given().get("/reports/dashboard?" + Q1).then().statusCode(403);
        Identities.signIn(identity, "dash-spoc", "Spoc", "DBHSG", "agency-spoc");
        given().get("/api/v1/reports/dashboard?" + Q1).then().statusCode(403);
        given().get("/reports/dashboard/download.csv?" + Q1).then().statusCode(403);
        Identities.signIn(identity, ASB_CHAIR, "ASB chair", "DBCHAIR", "chair");
        given().get("/api/v1/reports/dashboard?" + Q1).then().statusCode(403);
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=received").then().statusCode(403);
        assertEquals(2, count("report.denied", ASB_CHAIR, "kind=MARAC"), "each refusal of the ASBRAC chair is audited");
        given().get("/api/v1/reports/dashboard?kind=ASBRAC&period=quarter&year=2013&quarter=1").then().statusCode(200)
                .body("referrals.received", equalTo(0));
    }

    @Test
    void theCoordinatorReadsTheFiguresAndEveryLookIsAudited() {
        Identities.signIn(identity, COORDINATOR, "Coordinator", "DBHSG", "coordinator");
        long before = count("report.view", COORDINATOR, "kind=MARAC; from=2013-01-01; to=2013-03-31");
        given().get("/api/v1/reports/dashboard?" + Q1).then().statusCode(200)
                .body("referrals.received", equalTo(5)).body("referrals.heard", equalTo(4)).body("repeats.count", equalTo(2))
                .body("policeSharePercent", equalTo(40.0f)).body("period", equalTo("Q1 2013"));
        assertEquals(before + 1, count("report.view", COORDINATOR, "kind=MARAC; from=2013-01-01; to=2013-03-31"));
    }

    @Test
    void aCoordinatorListsEveryCaseBehindACountAndAChairOnlyThoseListedForAMeeting() {
        Identities.signIn(identity, COORDINATOR, "Coordinator", "DBHSG", "coordinator");
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=received").then().statusCode(200)
                .body("total", equalTo(5)).body("visible", equalTo(5))
                .body("page.reference", contains("DASHBOARD-R1", "DASHBOARD-R2", "DASHBOARD-R3", "DASHBOARD-R4", "DASHBOARD-R5"));
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=from-agency&agency=DBPOL").then().statusCode(200)
                .body("page.reference", contains("DASHBOARD-R1", "DASHBOARD-R2"));
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=at-meeting&meeting=" + DashboardFixture.id("M1")).then()
                .statusCode(200).body("page.reference", contains("DASHBOARD-R7", "DASHBOARD-R1", "DASHBOARD-R2"));
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=actions-overdue&agency=DBHSG").then().statusCode(200)
                .body("page.reference", contains("DASHBOARD-R2"));
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=with-children").then().statusCode(200)
                .body("page.reference", contains("DASHBOARD-R7", "DASHBOARD-R1", "DASHBOARD-R2"));
        assertEquals(1, count("report.view", COORDINATOR, "figure=at-meeting; meeting=" + DashboardFixture.id("M1")));

        // The chair sees a case once it is listed: R1 (closed), R2 (under review) and R4 (heard), not R3 nor R5.
        Identities.signIn(identity, CHAIR, "Chair", "DBCHAIR", "chair");
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=received").then().statusCode(200)
                .body("total", equalTo(5)).body("visible", equalTo(3))
                .body("page.reference", contains("DASHBOARD-R1", "DASHBOARD-R2", "DASHBOARD-R4"));
    }

    @Test
    void everyCountLeadsToAListOfExactlyThatManyCasesForItsCoordinator() {
        Identities.signIn(identity, COORDINATOR, "Coordinator", "DBHSG", "coordinator");
        var d = given().get("/api/v1/reports/dashboard?" + Q1).then().statusCode(200).extract().jsonPath();
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("received", d.getInt("referrals.received"));
        counts.put("screened-out", d.getInt("referrals.screenedOut"));
        counts.put("heard", d.getInt("referrals.heard"));
        counts.put("repeats", d.getInt("repeats.count"));
        counts.put("from-police", d.getInt("fromPolice"));
        counts.put("with-children", d.getInt("children.casesWithChildren"));
        counts.put("from-agency&agency=DBHSG", d.getInt("byAgency.find { it.agencyCode == 'DBHSG' }.received"));
        counts.put("at-meeting&meeting=" + DashboardFixture.id("M2"), d.getInt("meetings.held.find { it.day == '2013-02-21' }.casesHeard"));
        assertEquals(List.of(5, 1, 4, 2, 2, 3, 2, 2), List.copyOf(counts.values()), "the hand-counted figures");
        for (var count : counts.entrySet()) {
            given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=" + count.getKey()).then().statusCode(200)
                    .body("total", equalTo(count.getValue())).body("page", hasSize(count.getValue()));
        }
    }

    @Test
    void administratorsAndAuditorsReadTheFiguresButListNoCases() {
        Identities.signIn(identity, "dash-admin", "Admin", "DBHSG", "admin");
        given().get("/api/v1/reports/dashboard?" + Q1).then().statusCode(200).body("referrals.received", equalTo(5));
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=received").then().statusCode(200)
                .body("total", equalTo(5)).body("page", hasSize(0));
        given().get("/reports/dashboard?" + Q1).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("/reports/dashboard/cases?")));
        Identities.signIn(identity, "dash-auditor", "Auditor", "DBHSG", "auditor");
        given().get("/api/v1/reports/dashboard?" + Q1).then().statusCode(200).body("referrals.screenedOut", equalTo(1));
    }

    @Test
    void aDownloadSuppressesSmallCountsAndIsAuditedWithItsParameters() {
        Identities.signIn(identity, COORDINATOR, "Coordinator", "DBHSG", "coordinator");
        String csv = given().get("/reports/dashboard/download.csv?" + Q1).then().statusCode(200)
                .header("Content-Disposition", containsString("roundtable-marac-dashboard-2013-01-01-to-2013-03-31.csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("section,figure,value", lines.get(0));
        assertEquals(List.of("Referrals,Received,5", "Referrals,Screened out,<5", "Referrals,Heard,<5"), lines.subList(2, 5));
        assertEquals(true, lines.contains("Repeats,Repeat referrals (% of received),<5"), "a percentage of a small count gives it away");
        assertEquals(true, lines.contains("Children,Children in the households of cases heard,<5"));
        assertEquals(1, count("report.download", COORDINATOR, "format=csv; kind=MARAC; from=2013-01-01; to=2013-03-31"));
    }

    @Test
    void badParametersAreFieldErrors() {
        Identities.signIn(identity, COORDINATOR, "Coordinator", "DBHSG", "coordinator");
        given().get("/api/v1/reports/dashboard?kind=MARAK&period=quarter&quarter=5").then().statusCode(400)
                .body("errors.field", contains("kind", "quarter"));
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=nothing").then().statusCode(400)
                .body("errors.field", contains("figure"));
        given().get("/api/v1/reports/dashboard/cases?" + Q1 + "&figure=from-agency").then().statusCode(400)
                .body("errors.field", contains("agency"));
        given().get("/reports/dashboard?kind=MARAC&period=custom&from=2013-02-01&to=2013-01-01").then().statusCode(400)
                .body(containsString("govuk-error-summary")).body(containsString("The last day must be the same as or after the first day"));
    }

    private long count(String action, String actor, String detailContains) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select count(*) from audit_event where action = :action and actor_subject = :actor and entity_type = 'report'
                  and position(:detail in coalesce(detail, '')) > 0""").setParameter("action", action).setParameter("actor", actor)
                .setParameter("detail", detailContains).getSingleResult()).longValue());
    }
}
