package org.roundtable.conference;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/** The meeting pages: set-up, agenda, research, the chair's page with field errors per case, and the minutes. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class MeetingPagesTest {

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = referrals.partnership();
        fixtures.closeOtherCases();
    }

    private static String location(io.restassured.response.Response response) {
        return response.header("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void aCoordinatorSetsUpAMeetingPublishesTheAgendaAndAMemberSharesWhatItHolds() {
        String referral = fixtures.acceptedCase(p, identity, fixtures.draft("Lena", "Pages" + p.housing(), 15, 1, false));
        p.signInCoordinator(identity);
        LocalDate day = LocalDate.now().plusDays(9);
        var missing = Forms.post("/meetings/new", "/meetings", Map.of("kind", "MARAC", "time", "25:00", "rhythm", "ONCE"));
        assertEquals(400, missing.statusCode());
        assertTrue(missing.asString().contains("Enter the date of the meeting") && missing.asString().contains("Enter the start time")
                && missing.asString().contains("Choose a chair who chairs this conference"), missing.asString());

        Map<String, Object> form = new HashMap<>(Map.of("kind", "MARAC", "date-day", day.getDayOfMonth(), "date-month", day.getMonthValue(),
                "date-year", day.getYear(), "time", "10:00", "venue", "Priory House", "chairSubject", p.chairSubject(),
                "rhythm", "FORTNIGHTLY", "repeats", "2"));
        form.put("venue", "Priory House ".repeat(40));
        var tooLong = Forms.post("/meetings/new", "/meetings", form);
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.asString().contains("Venue must be 300 characters or fewer"), tooLong.asString());
        form.put("venue", "Priory House");
        var created = Forms.post("/meetings/new", "/meetings", form);
        assertEquals(303, created.statusCode(), created.asString());
        String agendaPage = location(created);
        String meeting = agendaPage.replaceAll("/meetings/([^?]+).*", "$1");
        String agenda = given().accept("text/html").get(agendaPage).then().statusCode(200).extract().asString();
        assertTrue(agenda.contains("3 meetings set up") && agenda.contains("Agenda: MARAC"), agenda);
        String reference = given().get("/api/v1/referrals/" + referral).then().extract().path("reference");
        assertTrue(agenda.contains(reference) && agenda.contains("Children: 1"), "the proposed case with its flags");

        int version = given().get("/api/v1/meetings/" + meeting).then().extract().path("version");
        var published = Forms.post("/meetings/" + meeting, "/meetings/" + meeting + "/agenda/publish", Map.of("version", version));
        assertEquals(303, published.statusCode(), published.asString());
        assertTrue(given().accept("text/html").get(location(published)).asString().contains("Agenda published"));

        Identities.signIn(identity, "spoc-" + p.health(), "Hana Spoc", p.health(), "agency-spoc");
        String memberPage = given().accept("text/html").get("/meetings/" + meeting).then().statusCode(200).extract().asString();
        String research = memberPage.replaceAll("(?s).*href=\"(/meetings/[^\"]+/research)\".*", "$1");
        assertTrue(research.startsWith("/meetings/" + meeting + "/cases/"), memberPage);
        var refused = Forms.post(research, research, Map.of("known", "true", "summary", ""));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("Summarise what your agency holds"));
        assertTrue(refused.asString().contains("The children: what your agency holds"), "health is asked about the children");
        var saved = Forms.post(research, research, Map.of("known", "true", "summary", "Seen at A&E in October", "version", "-1"));
        assertEquals(303, saved.statusCode(), saved.asString());
        String afterSharing = given().accept("text/html").get(location(saved)).asString();
        assertTrue(afterSharing.contains("Shared"), afterSharing);
        assertTrue(afterSharing.contains("Research shared. The coordinator and the chair can now read it."), afterSharing);
    }

    @Test
    void theChairRunsAMeetingOnThePageAndTheMinutesComeOut() {
        String referral = fixtures.acceptedCase(p, identity, fixtures.draft("Mona", "Chair" + p.housing(), 15, 0, false));
        String meeting = fixtures.meeting(p, identity, 7);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/meetings/" + meeting + "/agenda/publish").then()
                .statusCode(200);
        ConferenceFixtures.asChair(p, identity);
        String run = "/meetings/" + meeting + "/run";
        assertEquals(303, Forms.post(run, run + "/start", Map.of()).statusCode());
        assertEquals(303, Forms.post(run, run + "/attendees", Map.of("agency", p.housing(), "name", "Aisha Rahman")).statusCode());
        String page = given().accept("text/html").get(run).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Aisha Rahman") && page.contains("Meeting mode"), page);
        String item = page.replaceAll("(?s).*id=\"case-([0-9a-f-]{36})\".*", "$1");

        var refused = Forms.post(run, run + "/cases/" + item + "/actions", Map.of("owner", p.housing(), "description", "Change the locks"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("href=\"#dueOn-" + item + "\"") && refused.asString().contains("Enter the date the action is due"),
                "the error links to this case's field");
        assertTrue(refused.asString().contains("value=\"Change the locks\""), "what was typed is kept");
        LocalDate due = LocalDate.now().plusDays(14);
        assertEquals(303, Forms.post(run, run + "/cases/" + item + "/actions", Map.of("owner", p.housing(), "description", "Change the locks",
                "dueOn-day", due.getDayOfMonth(), "dueOn-month", due.getMonthValue(), "dueOn-year", due.getYear())).statusCode());
        assertEquals(303, Forms.post(run, run + "/cases/" + item + "/notes", Map.of("notes", "Bail conditions end Friday.", "notesVersion", "0"))
                .statusCode());
        var stale = Forms.post(run, run + "/cases/" + item + "/notes", Map.of("notes", "Housing offered a move.", "notesVersion", "0"));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("Bail conditions end Friday.") && stale.asString().contains("Housing offered a move."),
                "both versions on the page");
        assertEquals(303, Forms.post(run, run + "/cases/" + item + "/decision", Map.of("decision", "CLOSED", "decisionReason", "Moved to refuge",
                "minutesSpent", "11")).statusCode());
        var ended = Forms.post(run, run + "/end", Map.of());
        assertEquals(303, ended.statusCode());
        String minutes = given().accept("text/html").get(location(ended)).then().statusCode(200).extract().asString();
        assertTrue(minutes.contains("Aisha Rahman") && minutes.contains("Change the locks") && minutes.contains("Moved to refuge"), minutes);
        var approved = Forms.post("/meetings/" + meeting + "/minutes", "/meetings/" + meeting + "/minutes/approval", Map.of());
        assertEquals(303, approved.statusCode());
        String afterApproval = given().accept("text/html").get(location(approved)).asString();
        assertTrue(afterApproval.contains("govuk-notification-banner--success")
                && afterApproval.contains("Minutes approved. They are frozen now: record any correction as an amendment."), afterApproval);
        given().get("/api/v1/referrals/" + referral).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("CLOSED"));
    }

    @Test
    void aCoordinatorDefersACaseTheMeetingWillNotReachFromMeetingMode() {
        String referral = fixtures.acceptedCase(p, identity, fixtures.draft("Nell", "Defer" + p.housing(), 15, 0, false));
        String meeting = fixtures.meeting(p, identity, 7);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/meetings/" + meeting + "/agenda/publish").then()
                .statusCode(200);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/start").then().statusCode(200);
        String run = "/meetings/" + meeting + "/run";
        String chairsPage = given().accept("text/html").get(run).then().statusCode(200).extract().asString();
        assertTrue(!chairsPage.contains("/deferral\""), "the chair decides; deferral is the coordinator's");

        p.signInCoordinator(identity);
        String page = given().accept("text/html").get(run).then().statusCode(200).extract().asString();
        String item = page.replaceAll("(?s).*action=\"/meetings/[^/]+/run/cases/([0-9a-f-]{36})/deferral\".*", "$1");
        var blank = Forms.post(run, run + "/cases/" + item + "/deferral", Map.of("deferReason", " "));
        assertEquals(400, blank.statusCode());
        assertTrue(blank.asString().contains("href=\"#reason-" + item + "\"") && blank.asString().contains("Give the reason for deferring"),
                blank.asString());
        assertEquals(303, Forms.post(run, run + "/cases/" + item + "/deferral", Map.of("deferReason", "Out of time; first at the next meeting"))
                .statusCode());
        given().get("/api/v1/referrals/" + referral).then().body("state", org.hamcrest.Matchers.equalTo("ACCEPTED"))
                .body("history[-1].reason", org.hamcrest.Matchers.equalTo("Out of time; first at the next meeting"));
        assertTrue(given().accept("text/html").get(run).then().extract().asString().contains("Deferred</strong>"));
    }
}
