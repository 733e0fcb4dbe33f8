package org.roundtable.action;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.support.Forms;
import org.roundtable.web.Clocks;

/** The pages: the inbox with its overdue tag, the action page's forms (stale edits keep what was typed), and adding an action to a case. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class ActionPagesTest {

    @Inject
    ActionFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Test
    void theSpocAssignsOnThePageAndAStaleUpdateKeepsWhatWasTyped() {
        var running = fixtures.meetingInProgress(identity, "Pages");
        String housing = running.p().housing();
        String action = fixtures.setAction(identity, running, housing, "Change the locks", 3);
        fixtures.spoc(housing);
        String officer = fixtures.colleague(housing, "Dan Webb");

        ActionFixtures.signInSpoc(identity, housing);
        given().get("/actions").then().statusCode(200).body(containsString("Change the locks")).body(containsString("Not assigned"))
                .body(not(containsString("data-testid=\"overdue\"")));
        var page = "/actions/" + action;
        given().get(page).then().statusCode(200).body(containsString("Dan Webb"));
        var assigned = Forms.post(page, page + "/assignee", Map.of("assignee", officer, "version", "0"));
        assertEquals(303, assigned.statusCode());
        given().get(assigned.header("Location")).then().body(containsString("Assigned to Dan Webb"))
                .body(containsString("data-testid=\"confirmation\""))
                .body(containsString("Action assigned. The agency it is assigned to can see it in their actions."));
        given().get(page).then().body(not(containsString("data-testid=\"confirmation\"")));

        ActionFixtures.signInAs(identity, officer, "Dan Webb", housing, "referrer");
        given().get("/actions/mine").then().statusCode(200).body(containsString("Change the locks"));
        var stale = Forms.post(page, page + "/updates", Map.of("status", "DONE", "note", "Locks changed on Tuesday", "version", "0"));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("Locks changed on Tuesday"), "what was typed is kept");
        assertTrue(stale.asString().contains("data-testid=\"conflict\""));
        var missing = Forms.post(page, page + "/updates", Map.of("status", "NOT_DONE", "note", "Moved", "version", "1"));
        assertEquals(400, missing.statusCode());
        assertTrue(missing.asString().contains("Choose why the action was not done"));
        assertEquals(303, Forms.post(page, page + "/updates", Map.of("status", "DONE", "note", "Locks changed", "version", "1")).statusCode());
        given().get(page).then().body(containsString("Done")).body(not(containsString("Save the update")));
    }

    @Test
    void overdueActionsAreTaggedInTheInboxOnTheCaseAndInMeetingModeAndACoordinatorAddsOneFromTheCase() {
        var running = fixtures.meetingInProgress(identity, "Tagged");
        var p = running.p();
        String action = fixtures.setAction(identity, running, p.housing(), "Visit the tenant", 1);
        fixtures.spoc(p.housing());

        p.signInCoordinator(identity);
        given().get("/cases/" + running.referralId()).then().statusCode(200).body(containsString("Visit the tenant"))
                .body(containsString("/actions/new?case=" + running.referralId()));
        var form = "/actions/new?case=" + running.referralId();
        var refused = Forms.post(form, "/actions", Map.of("referralId", running.referralId(), "owner", p.housing(),
                "description", "Fit a door alarm", "dueOn-day", "1", "dueOn-month", "1", "dueOn-year", "2020"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("must be today or in the future") && refused.asString().contains("Fit a door alarm"));
        LocalDate due = LocalDate.now().plusDays(5);
        assertEquals(303, Forms.post(form, "/actions", Map.of("referralId", running.referralId(), "owner", p.housing(),
                "description", "Fit a door alarm", "dueOn-day", String.valueOf(due.getDayOfMonth()), "dueOn-month",
                String.valueOf(due.getMonthValue()), "dueOn-year", String.valueOf(due.getYear()))).statusCode());
        given().get("/actions/summary?kind=MARAC").then().statusCode(200).body(containsString("Median days to complete"));

        QuarkusMock.installMockForType(Clock.fixed(LocalDate.now().plusDays(3).atTime(9, 0).atZone(Clocks.LONDON).toInstant(),
                Clocks.LONDON), Clock.class);
        ActionFixtures.signInSpoc(identity, p.housing());
        given().get("/actions?due=overdue").then().statusCode(200).body(containsString("Visit the tenant"))
                .body(not(containsString("Fit a door alarm"))).body(containsString("data-testid=\"overdue\""));
        given().get("/actions/" + action).then().body(containsString("data-testid=\"overdue\""));
        given().get("/cases/" + running.referralId()).then().body(containsString("data-testid=\"overdue\""));
        ConferenceFixtures.asChair(p, identity);
        given().get("/meetings/" + running.meetingId() + "/run").then().statusCode(200).body(containsString("Overdue"));
    }
}
