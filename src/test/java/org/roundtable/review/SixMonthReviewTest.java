package org.roundtable.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.report.outcomes.OutcomeFixtures.clockAt;
import static org.roundtable.report.outcomes.OutcomeFixtures.london;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.report.outcomes.OutcomeFixtures;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/** Six months after an ASBRAC case is first heard, its coordinators are asked two questions; the day decides, by the clock bean. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "coordinator")
class SixMonthReviewTest {

    private static final String API = "/api/v1/six-month-reviews/";

    @Inject
    OutcomeFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    private UUID heardCase(LocalDate firstHeard) {
        UUID id = fixtures.asbrac(fixtures.person("Review"), firstHeard.minusDays(30).atTime(9, 0).atZone(OutcomeFixtures.LONDON).toInstant(),
                false, null);
        fixtures.heard(id, firstHeard.atTime(14, 0).atZone(OutcomeFixtures.LONDON).toInstant());
        return id;
    }

    private static List<String> dueReferences() {
        return given().get(API + "due").then().statusCode(200).extract().jsonPath().getList("reference");
    }

    @Test
    void theReviewIsAskedOnTheDaySixMonthsAfterTheFirstHearingAndNotTheDayBefore() {
        UUID id = heardCase(LocalDate.of(2040, 1, 15));
        fixtures.heard(id, london(2040, 3, 1, 10, 0)); // heard again at a review: six months run from the first hearing
        String reference = fixtures.reference(id);
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);

        clockAt(LocalDate.of(2040, 7, 14), 23);
        given().get(API + id).then().statusCode(200).body("heardOn", equalTo("2040-01-15")).body("dueOn", equalTo("2040-07-15"))
                .body("due", equalTo(false)).body("version", equalTo(0));
        assertTrue(!dueReferences().contains(reference), "not in the due list the day before");
        given().contentType("application/json").header("If-Match", "0").body(Map.of("furtherIncidents", true, "closedWithRiskReduced", false))
                .put(API + id).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("due on 2040-07-15"));

        clockAt(LocalDate.of(2040, 7, 15), 0);
        given().get(API + id).then().statusCode(200).body("due", equalTo(true));
        assertTrue(dueReferences().contains(reference), "in the due list on the day");
    }

    @Test
    void sixMonthsAfterTheLastDayOfAugustIsTheLastDayOfFebruary() {
        UUID id = heardCase(LocalDate.of(2040, 8, 31));
        String reference = fixtures.reference(id);
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
        clockAt(LocalDate.of(2041, 2, 27), 12);
        given().get(API + id).then().statusCode(200).body("dueOn", equalTo("2041-02-28")).body("due", equalTo(false));
        assertTrue(!dueReferences().contains(reference));
        clockAt(LocalDate.of(2041, 2, 28), 12);
        assertTrue(dueReferences().contains(reference));
    }

    @Test
    void answersAreRecordedOnceDueChangedWithTheVersionReadAndAStaleChangeIs409() {
        UUID id = heardCase(LocalDate.of(2040, 2, 3));
        String reference = fixtures.reference(id);
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
        clockAt(LocalDate.of(2040, 9, 1), 10);

        given().contentType("application/json").header("If-Match", "0").body(Map.of("furtherIncidents", true))
                .put(API + id).then().statusCode(400).body("errors.field", equalTo(List.of("closedWithRiskReduced")));
        given().contentType("application/json").header("If-Match", "0").body(Map.of("furtherIncidents", true, "closedWithRiskReduced", false))
                .put(API + id).then().statusCode(200).body("furtherIncidents", equalTo(true)).body("closedWithRiskReduced", equalTo(false))
                .body("recordedBy", equalTo("Olu Bright")).body("version", equalTo(1));
        assertTrue(!dueReferences().contains(reference), "a recorded review is no longer due");
        given().contentType("application/json").header("If-Match", "0").body(Map.of("furtherIncidents", false, "closedWithRiskReduced", true))
                .put(API + id).then().statusCode(409).body("current.furtherIncidents", equalTo(true));
        given().contentType("application/json").header("If-Match", "1").body(Map.of("furtherIncidents", false, "closedWithRiskReduced", true))
                .put(API + id).then().statusCode(200).body("furtherIncidents", equalTo(false)).body("version", equalTo(2));
        assertEquals(1, fixtures.auditEventsOn("six-month-review.record", id, "furtherIncidents=yes; closedWithRiskReduced=no"));
        assertEquals(1, fixtures.auditEventsOn("six-month-review.change", id,
                "before: furtherIncidents=yes; closedWithRiskReduced=no | after: furtherIncidents=no; closedWithRiskReduced=yes"));
    }

    @Test
    void theDueListAndTheFormRecordTheAnswersAsAPage() {
        UUID id = heardCase(LocalDate.of(2040, 3, 3));
        String reference = fixtures.reference(id);
        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
        clockAt(LocalDate.of(2040, 9, 3), 10);

        String due = given().accept("text/html").get("/six-month-reviews").then().statusCode(200).extract().asString();
        assertTrue(due.contains("href=\"/six-month-reviews/" + id + "\">" + reference + "</a>"), due);
        String form = "/six-month-reviews/" + id;
        String missing = Forms.post(form, form, Map.of("furtherIncidents", "yes", "version", "0")).then().statusCode(400).extract().asString();
        assertTrue(missing.contains("govuk-error-summary") && missing.contains("Say whether the case was closed with the risk reduced"));
        assertTrue(missing.contains("value=\"yes\" checked"), "the answer given is kept");
        Forms.post(form, form, Map.of("furtherIncidents", "no", "closedWithRiskReduced", "yes", "version", "0")).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/six-month-reviews?recorded=" + reference));
        String stale = Forms.post(form, form, Map.of("furtherIncidents", "yes", "closedWithRiskReduced", "yes", "version", "0")).then()
                .statusCode(409).extract().asString();
        assertTrue(stale.contains("Someone recorded this review") && stale.contains("data-testid=\"furtherIncidents\">No<"), stale);
        given().get(API + id).then().body("furtherIncidents", equalTo(false)).body("closedWithRiskReduced", equalTo(true));
    }

    @Test
    void onlyTheAsbracCoordinatorsAreAskedAndOnlyHeardAsbracCasesHaveAReview() {
        UUID id = heardCase(LocalDate.of(2040, 4, 4));
        UUID marac = fixtures.referral(ConferenceKind.MARAC, "SUBMITTED", fixtures.person("Marac"), london(2040, 3, 1, 9, 0), "{}");
        fixtures.heard(marac, london(2040, 4, 4, 14, 0));
        UUID notHeard = fixtures.asbrac(fixtures.person("Waiting"), london(2040, 3, 1, 9, 0), false, null);
        clockAt(LocalDate.of(2040, 12, 1), 10);

        fixtures.signIn(identity, "coordinator", ConferenceKind.MARAC);
        given().get(API + "due").then().statusCode(403);
        given().get(API + id).then().statusCode(403);
        given().accept("text/html").get("/six-month-reviews").then().statusCode(403);
        assertTrue(fixtures.auditEvents("six-month-review.denied", "not a coordinator of the ASBRAC") >= 3);
        Identities.signIn(identity, "chair-review", "Ruth Miller", "ASBTEAM", "chair");
        given().get(API + "due").then().statusCode(403);
        Identities.signIn(identity, "admin-review", "Alex Morgan", "ASBTEAM", "admin");
        given().get(API + id).then().statusCode(403);

        fixtures.signIn(identity, "coordinator", ConferenceKind.ASBRAC);
        given().get(API + marac).then().statusCode(404);
        given().get(API + notHeard).then().statusCode(404);
        given().get(API + "due").then().statusCode(200).body("reference", hasItem(fixtures.reference(id)))
                .body("reference", not(hasItem(fixtures.reference(marac))));
    }
}
