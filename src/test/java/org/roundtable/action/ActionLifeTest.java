package org.roundtable.action;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.web.Clocks;

/** An action's life: set at a meeting, assigned by the agency's single point of contact, updated, done; reviewed at the next meeting. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class ActionLifeTest {

    @Inject
    ActionFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Test
    void anActionGoesFromTheMeetingToAssignedUpdatedAndDone() {
        var running = fixtures.meetingInProgress(identity, "Life");
        String housing = running.p().housing();
        String action = fixtures.setAction(identity, running, housing, "Change the locks", 14);
        fixtures.spoc(housing);
        String officer = fixtures.colleague(housing, "Dan Webb");

        ActionFixtures.signInSpoc(identity, housing);
        given().get("/api/v1/actions/inbox").then().statusCode(200).body("id", hasItem(action))
                .body("find { it.id == '" + action + "' }.assigneeName", nullValue());
        given().contentType("application/json").header("If-Match", "0").body(Map.of("assignee", officer))
                .put("/api/v1/actions/" + action + "/assignee").then().statusCode(200)
                .body("assigneeName", equalTo("Dan Webb")).body("version", equalTo(1));

        ActionFixtures.signInAs(identity, officer, "Dan Webb", housing, "referrer");
        given().get("/api/v1/actions/mine").then().statusCode(200).body("id", hasItem(action));
        given().contentType("application/json").header("If-Match", "1").body(Map.of("status", "IN_PROGRESS", "note", "Locksmith booked"))
                .post("/api/v1/actions/" + action + "/updates").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().contentType("application/json").header("If-Match", "2").body(Map.of("status", "DONE", "note", "Locks changed"))
                .post("/api/v1/actions/" + action + "/updates").then().statusCode(200).body("status", equalTo("DONE"))
                .body("completedAt", not(nullValue()))
                .body("updates.status", contains("OPEN", "OPEN", "IN_PROGRESS", "DONE"))
                .body("updates.byName", contains("Ruth Miller", "Aisha Rahman", "Dan Webb", "Dan Webb"))
                .body("updates[1].assigneeName", equalTo("Dan Webb"));

        given().contentType("application/json").header("If-Match", "3").body(Map.of("note", "One more thing"))
                .post("/api/v1/actions/" + action + "/updates").then().statusCode(409);
    }

    @Test
    void aNotDoneActionTakesAReasonCategoryAndAStaleUpdateGets409() {
        var running = fixtures.meetingInProgress(identity, "NotDone");
        String housing = running.p().housing();
        String action = fixtures.setAction(identity, running, housing, "Visit the tenant", 10);
        fixtures.spoc(housing);
        String officer = fixtures.colleague(housing, "Sam Price");

        ActionFixtures.signInSpoc(identity, housing);
        given().contentType("application/json").header("If-Match", "0").body(Map.of("assignee", officer))
                .put("/api/v1/actions/" + action + "/assignee").then().statusCode(200);
        // The single point of contact's page was read at version 0: assigning again from it is stale.
        given().contentType("application/json").header("If-Match", "0").body(Map.of("assignee", officer))
                .put("/api/v1/actions/" + action + "/assignee").then().statusCode(409)
                .body("current.assigneeName", equalTo("Sam Price"));
        given().contentType("application/json").header("If-Match", "0").body(Map.of("status", "DONE", "note", "n"))
                .post("/api/v1/actions/" + action + "/updates").then().statusCode(409).body("current.version", equalTo(1));

        given().contentType("application/json").header("If-Match", "1").body(Map.of("status", "NOT_DONE", "note", "Moved away"))
                .post("/api/v1/actions/" + action + "/updates").then().statusCode(400).body("errors.field", hasItem("category"));
        given().contentType("application/json").header("If-Match", "1")
                .body(Map.of("status", "NOT_DONE", "category", "CIRCUMSTANCES_CHANGED", "note", "Moved away"))
                .post("/api/v1/actions/" + action + "/updates").then().statusCode(200)
                .body("notDoneCategory", equalTo("CIRCUMSTANCES_CHANGED")).body("notDoneReason", equalTo("Moved away"));
        given().contentType("application/json").header("If-Match", "0").body(Map.of("assignee", "nobody-at-all"))
                .put("/api/v1/actions/" + action + "/assignee").then().statusCode(409);
    }

    @Test
    void aColleagueOfAnotherAgencyCannotBeAssignedAndTheNextMeetingReviewsACoordinatorsAction() {
        var running = fixtures.meetingInProgress(identity, "Between");
        var p = running.p();
        String housing = p.housing();
        fixtures.spoc(housing);
        String outsider = fixtures.colleague(p.idva(), "Lee Hart");
        String meetingAction = fixtures.setAction(identity, running, housing, "Fit a door alarm", 5);

        ActionFixtures.signInSpoc(identity, housing);
        given().contentType("application/json").header("If-Match", "0").body(Map.of("assignee", outsider))
                .put("/api/v1/actions/" + meetingAction + "/assignee").then().statusCode(400).body("errors.field", hasItem("assignee"));

        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").body(Map.of("decision", "UNDER_REVIEW", "nextReviewOn", LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/meetings/" + running.meetingId() + "/agenda/items/" + running.item() + "/decision").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + running.meetingId() + "/end").then().statusCode(200);

        p.signInCoordinator(identity);
        given().contentType("application/json").body(Map.of("referralId", running.referralId(), "owner", p.fire(),
                "description", "Fire safety visit", "dueOn", LocalDate.now().plusDays(3).toString()))
                .post("/api/v1/actions").then().statusCode(400).body("errors.field", hasItem("owner"));
        given().contentType("application/json").body(Map.of("referralId", running.referralId(), "owner", housing,
                "description", "Fire safety visit", "dueOn", LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/actions").then().statusCode(400).body("errors.field", hasItem("dueOn"));
        String added = given().contentType("application/json").body(Map.of("referralId", running.referralId(), "owner", housing,
                "description", "Fire safety visit", "dueOn", LocalDate.now().plusDays(3).toString()))
                .post("/api/v1/actions").then().statusCode(201).body("meetingId", nullValue()).extract().path("id");

        String later = fixtures.published(p, identity, 21);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + later + "/start").then().statusCode(200);
        List<String> earlier = given().get("/api/v1/meetings/" + later + "/record").then().statusCode(200).extract()
                .path("cases.find { it.referral.id == '" + running.referralId() + "' }.earlierActions.id");
        assertEquals(List.of(meetingAction, added), earlier, "the next meeting reviews both the meeting's and the coordinator's action");
    }

    @Test
    void theInboxPutsOverdueFirstThenByDueDateAndFiltersThem() {
        var running = fixtures.meetingInProgress(identity, "Order");
        String housing = running.p().housing();
        String later = fixtures.setAction(identity, running, housing, "Later", 30);
        String soon = fixtures.setAction(identity, running, housing, "Soon", 2);
        String soonest = fixtures.setAction(identity, running, housing, "Soonest", 1);
        fixtures.spoc(housing);
        ActionFixtures.signInSpoc(identity, housing);
        given().get("/api/v1/actions/inbox").then().statusCode(200).body("id", contains(soonest, soon, later))
                .body("overdue", contains(false, false, false));

        // Five days on, two are overdue; the one due in 30 days is not.
        QuarkusMock.installMockForType(Clock.fixed(LocalDate.now().plusDays(5).atTime(9, 0).atZone(Clocks.LONDON).toInstant(),
                Clocks.LONDON), Clock.class);
        given().get("/api/v1/actions/inbox").then().statusCode(200).body("id", contains(soonest, soon, later))
                .body("overdue", contains(true, true, false));
        given().get("/api/v1/actions/inbox?due=overdue").then().statusCode(200).body("id", contains(soonest, soon));
        given().get("/api/v1/actions/inbox?kind=SARAC").then().statusCode(200).body("id", org.hamcrest.Matchers.empty());
        given().get("/api/v1/actions/inbox?meeting=" + running.meetingId()).then().statusCode(200).body("size()", equalTo(3));
        given().get("/api/v1/actions/inbox?due=soon").then().statusCode(400).body("errors.field", hasItem("due"));
    }
}
