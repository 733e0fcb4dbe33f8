package org.roundtable.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.action.ActionFixtures;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.reminder.ReminderJob;
import org.roundtable.web.IllegalStateChangeException;

/** The demo's earlier meeting: run today through the API, then moved back so that its action is overdue and chased. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class DemoHistoryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    ActionFixtures actionFixtures;

    @Inject
    DemoHistory history;

    @Inject
    ReminderJob reminders;

    @Inject
    EntityManager entityManager;

    @Test
    void aMeetingHeldTodayMovesBackWithItsCaseAndItsActionBecomesOverdueAndIsChasedOnce() {
        ReferralFixtures.Partnership p = referrals.partnership();
        fixtures.closeOtherCases();
        LocalDate today = LocalDate.now(LONDON);
        String referral = fixtures.acceptedCase(p, identity, fixtures.draft("Dana", "History" + p.housing(), 15, 0, false));
        String meeting = fixtures.meeting(p, identity, 0);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        int version = given().get("/api/v1/meetings/" + meeting).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version)).post("/api/v1/meetings/" + meeting + "/agenda/publish")
                .then().statusCode(200);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/start").then().statusCode(200);
        String item = given().get("/api/v1/meetings/" + meeting + "/record").then().statusCode(200).extract()
                .path("cases.find { it.referral.id == '" + referral + "' }.itemId");
        String action = given().contentType("application/json")
                .body(Map.of("owner", p.housing(), "description", "Fit a door alarm", "dueOn", today.plusDays(14).toString()))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/actions").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(Map.of("decision", "UNDER_REVIEW", "nextReviewOn", today.plusDays(14).toString()))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/decision").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/end").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/minutes/approval").then().statusCode(200);

        p.signInCoordinator(identity);
        given().contentType("application/json").body(Map.of("days", 28)).post("/api/v1/demo/meetings/" + meeting + "/moved-back")
                .then().statusCode(404);

        DemoHistory.Moved moved = history.moveBack(UUID.fromString(meeting), 28);
        assertEquals(1, moved.referrals());
        assertEquals(1, moved.actions());

        String startsAt = given().get("/api/v1/meetings/" + meeting).then().statusCode(200).extract().path("startsAt");
        assertEquals(today.minusDays(28), Instant.parse(startsAt).atZone(LONDON).toLocalDate());
        given().get("/api/v1/actions/" + action).then().statusCode(200)
                .body("dueOn", equalTo(today.minusDays(14).toString())).body("overdue", equalTo(true));
        String submittedAt = given().get("/api/v1/referrals/" + referral).then().statusCode(200).extract().path("submittedAt");
        assertEquals(today.minusDays(28), Instant.parse(submittedAt).atZone(LONDON).toLocalDate(), "the case heard there moved with it");

        assertThrows(IllegalStateChangeException.class, () -> history.moveBack(UUID.fromString(meeting), 28),
                "a meeting no longer held today is not moved again");

        actionFixtures.spoc(p.housing());
        ActionFixtures.signInSpoc(identity, p.housing());
        given().get("/api/v1/actions/inbox").then().statusCode(200).body("find { it.id == '" + action + "' }.overdue", equalTo(true));
        reminders.runOnce();
        reminders.runOnce();
        @SuppressWarnings("unchecked")
        List<String> steps = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select step from reminder_outbox where action_id = cast(:a as uuid)").setParameter("a", action).getResultList());
        assertEquals(List.of("OVERDUE_WEEK_1"), steps, "the overdue action is chased once, 14 days overdue");
    }
}
