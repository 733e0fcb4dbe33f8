package org.roundtable.conference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/**
 * Meeting mode one case at a time: the case view, the screen for the room (which shows nothing of other cases while a
 * guest attends), forms answered with their section alone, reviews recorded once, New and Review marked everywhere.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class MeetingModeTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

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

    /** Posts a form as meeting-mode.js does: with the fragment header, so the answer is the changed section alone. */
    private static Response fragment(String formPage, String action, Map<String, ?> fields) {
        Response page = given().accept("text/html").get(formPage);
        Matcher matcher = TOKEN.matcher(page.asString());
        assertTrue(matcher.find(), "a CSRF token on " + formPage);
        var request = given().accept("text/html").redirects().follow(false).header("X-Fragment", "case")
                .header("X-Requested-With", "JavaScript").cookie("csrf-token", page.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", matcher.group(1));
        fields.forEach(request::formParam);
        return request.post(action);
    }

    private String published(int daysAhead) {
        String meeting = fixtures.meeting(p, identity, daysAhead);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        int version = given().get("/api/v1/meetings/" + meeting).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version)).post("/api/v1/meetings/" + meeting
                + "/agenda/publish").then().statusCode(200);
        return meeting;
    }

    private String item(String meeting, String referralId) {
        return given().get("/api/v1/meetings/" + meeting + "/record").then().statusCode(200).extract()
                .path("cases.find { it.referral.id == '" + referralId + "' }.itemId");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void theChairHearsOneCaseAtATimeReviewsOnceAndTheScreenShowsOnlyTheCaseHeard() throws IOException {
        // A case heard once and kept under review, with one action (to review at the next meeting), and a new case.
        String back = fixtures.acceptedCase(p, identity, fixtures.draft("Amira", "Hussain" + p.housing(), 16, 0, false));
        String first = published(7);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + first + "/start").then().statusCode(200);
        String firstItem = item(first, back);
        given().contentType("application/json").body(Map.of("owner", p.housing(), "description", "Change the locks",
                "dueOn", LocalDate.now().plusDays(14).toString())).post("/api/v1/meetings/" + first + "/agenda/items/" + firstItem
                + "/actions").then().statusCode(201);
        given().contentType("application/json").body(Map.of("decision", "UNDER_REVIEW", "nextReviewOn", LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/meetings/" + first + "/agenda/items/" + firstItem + "/decision").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + first + "/end").then().statusCode(200);
        String fresh = fixtures.acceptedCase(p, identity, fixtures.draft("Amira", "Hussain" + p.housing(), 15, 0, false));
        String meeting = fixtures.meeting(p, identity, 21);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        given().contentType("application/json").body(Map.of("agency", p.fire(), "referralIds", List.of(back)))
                .post("/api/v1/meetings/" + meeting + "/guests").then().statusCode(200);
        int version = given().get("/api/v1/meetings/" + meeting).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version)).post("/api/v1/meetings/" + meeting
                + "/agenda/publish").then().statusCode(200);
        String backReference = given().get("/api/v1/referrals/" + back).then().extract().path("reference");
        String freshReference = given().get("/api/v1/referrals/" + fresh).then().extract().path("reference");

        // Review cases marked on the coordinator's agenda and the SPOC's page: reference and New or Review on each row.
        String agenda = given().accept("text/html").get("/meetings/" + meeting).then().statusCode(200).extract().asString();
        assertTrue(agenda.contains(backReference) && agenda.contains(freshReference), agenda);
        assertEquals(1, count(agenda, ">Review</strong>"), "one review case on the coordinator's agenda");
        assertEquals(1, count(agenda, ">New</strong>"), "one new case on the coordinator's agenda");
        Identities.signIn(identity, "spoc-" + p.health(), "Hana Spoc", p.health(), "agency-spoc");
        String spocPage = given().accept("text/html").get("/meetings/" + meeting).then().statusCode(200).extract().asString();
        assertTrue(spocPage.contains(backReference) && spocPage.contains(freshReference), spocPage);
        assertEquals(1, count(spocPage, ">Review</strong>"));
        assertEquals(1, count(spocPage, ">New</strong>"));

        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/start").then().statusCode(200);
        String run = "/meetings/" + meeting + "/run";
        String page = given().accept("text/html").get(run).then().statusCode(200).extract().asString();
        assertTrue(page.contains(">Agency attending</label>") && page.contains(">Agency sending apologies</label>"), "distinct labels");
        assertEquals(2, count(page, ">Review</strong>"), "the list of cases and the case heading mark the review case");
        String backItem = item(meeting, back);
        String freshItem = item(meeting, fresh);
        String action = given().get("/api/v1/meetings/" + meeting + "/record").then().extract()
                .path("cases.find { it.itemId == '" + backItem + "' }.earlierActions[0].id");
        assertTrue(page.contains("id=\"status-" + action + "\"") && !page.contains("id=\"status-" + backItem + "\""), "ids per action");

        // The case view: one case, the agenda beside it, previous and next.
        String caseView = run + "/cases/" + backItem;
        String one = given().accept("text/html").get(caseView).then().statusCode(200).extract().asString();
        assertTrue(one.contains("data-testid=\"agenda-side\"") && one.contains(freshReference) && one.contains(backReference), one);
        assertEquals(1, count(one, "<section id=\"case-"), "one case at a time");
        assertTrue(one.contains("rel=\"next\"") || one.contains("rel=\"prev\""), "previous or next");

        // Reviews recorded once: the section comes back with the review and a Change link; a second review is refused.
        Response reviewed = fragment(caseView, run + "/cases/" + backItem + "/actions/" + action,
                Map.of("status", "IN_PROGRESS", "note", "Locksmith booked", "version", "0", "view", "case"));
        assertEquals(200, reviewed.statusCode(), reviewed.asString());
        String section = reviewed.asString().trim();
        assertTrue(section.startsWith("<section id=\"case-" + backItem + "\""), "the section alone: " + section);
        assertFalse(section.contains("<html"), "not the whole page");
        assertTrue(section.contains("Reviewed at this meeting") && section.contains("Locksmith booked") && section.contains("?change=" + action),
                section);
        // The section was built from its own case alone, not the whole meeting: its look is audited for that case only.
        assertEquals(List.of(back), subjectsOfLatestView(meeting), "the fragment read one case");
        Response again = fragment(caseView, run + "/cases/" + backItem + "/actions/" + action,
                Map.of("status", "IN_PROGRESS", "note", "Locksmith booked", "version", "1", "view", "case"));
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("already reviewed at this meeting"), again.asString());
        var plain = Forms.post(caseView, run + "/cases/" + backItem + "/actions/" + action,
                Map.of("status", "DONE", "version", "1", "view", "case"));
        assertEquals(409, plain.statusCode());
        assertTrue(plain.asString().contains("use Change to correct the review") && plain.asString().contains("<h1"), "a clear message on the page");
        given().contentType("application/json").header("If-Match", "1").body(Map.of("status", "DONE"))
                .put("/api/v1/meetings/" + meeting + "/actions/" + action).then().statusCode(409)
                .body("detail", containsString("already reviewed"));
        String changing = given().accept("text/html").get(caseView + "?change=" + action).then().statusCode(200).extract().asString();
        assertTrue(changing.contains("name=\"change\" value=\"true\"") && changing.contains("value=\"Locksmith booked\""), "the review to change");
        Response same = fragment(caseView, run + "/cases/" + backItem + "/actions/" + action,
                Map.of("status", "IN_PROGRESS", "note", "Locksmith booked", "version", "1", "change", "true", "view", "case"));
        assertEquals(409, same.statusCode(), "the same review again is refused");
        Response changed = fragment(caseView, run + "/cases/" + backItem + "/actions/" + action,
                Map.of("status", "DONE", "note", "Locks changed", "version", "1", "change", "true", "view", "case"));
        assertEquals(200, changed.statusCode(), changed.asString());
        assertTrue(changed.asString().contains("Locks changed"));

        // The screen for the room shows the case heard, and nothing of another.
        String present = "/meetings/" + meeting + "/present";
        String stamp = given().get(present + "/stamp").then().statusCode(200).extract().asString();
        assertEquals(303, Forms.post(run + "/cases/" + freshItem, run + "/cases/" + freshItem + "/hearing", Map.of()).statusCode());
        String newStamp = given().get(present + "/stamp").then().statusCode(200).extract().asString();
        assertNotEquals(stamp, newStamp, "the stamp follows the chair");
        String screen = given().accept("text/html").get(present).then().statusCode(200).extract().asString();
        assertTrue(screen.contains(freshReference) && !screen.contains(backReference), screen);

        // With a guest agency in the room, a case it was not invited for is not shown at all.
        given().contentType("application/json").body(Map.of("agency", p.fire(), "name", "Fred Fire"))
                .post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201);
        String withheld = given().accept("text/html").get(present).then().statusCode(200).extract().asString();
        assertTrue(withheld.contains("not shown while a guest agency is in the room"), withheld);
        assertFalse(withheld.contains(freshReference) || withheld.contains("Hussain" + p.housing()), "nothing of the case");
        assertEquals(303, Forms.post(run + "/cases/" + backItem, run + "/cases/" + backItem + "/hearing", Map.of()).statusCode());
        String invited = given().accept("text/html").get(present).then().statusCode(200).extract().asString();
        assertTrue(invited.contains(backReference) && !invited.contains(freshReference), "the guest's own case is shown");
        Identities.signIn(identity, "spoc-" + p.fire(), "Fern Guest", p.fire(), "agency-spoc");
        given().accept("text/html").get(present).then().statusCode(403);
        given().get(present + "/stamp").then().statusCode(403);

        // Decisions through the fragment, and "1 minute" on the page and in the minutes.
        ConferenceFixtures.asChair(p, identity);
        Response decided = fragment(run, run + "/cases/" + freshItem + "/decision",
                Map.of("decision", "CLOSED", "decisionReason", "Moved to refuge", "minutesSpent", "1"));
        assertEquals(200, decided.statusCode(), decided.asString());
        assertTrue(decided.asString().contains("(1 minute)") && !decided.asString().contains("1 minutes"), decided.asString());
        given().contentType("application/json").body(Map.of("decision", "CLOSED", "reason", "Risk reduced", "minutesSpent", 2))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + backItem + "/decision").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/end").then().statusCode(200)
                .body("status", equalTo("HELD"));
        String minutes = pdfText(given().get("/api/v1/meetings/" + meeting + "/minutes.pdf").then().statusCode(200).extract().asByteArray());
        assertTrue(minutes.contains("(1 minute)") && minutes.contains("(2 minutes)") && !minutes.contains("1 minutes"), minutes);
    }

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @SuppressWarnings("unchecked")
    private List<String> subjectsOfLatestView(String meetingId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select s.record_id from audit_event_subject s
                where s.event_id = (select max(e.id) from audit_event e where e.action = 'meeting.view' and e.entity_id = :meeting)
                  and s.record_type = 'referral' order by 1""").setParameter("meeting", meetingId).getResultList());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
