package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.checklist.ChecklistService;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/** The referral journey through the pages: start, sections, check your answers, submit, screening. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class ReferralPagesTest {

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    ChecklistService checklists;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = fixtures.partnership();
        p.signInReferrer(identity);
    }

    private String startMarac() {
        var started = Forms.post("/referrals/new", "/referrals", Map.of("kind", "MARAC"));
        assertEquals(303, started.statusCode());
        String location = started.header("Location");
        return location.replaceAll(".*/referrals/([^/]+)/tasks", "$1");
    }

    private int version(String id) {
        return given().get("/api/v1/referrals/" + id).then().extract().path("version");
    }

    /** A complete MARAC referral started on the page and submitted through the API; the submit's answer. */
    private io.restassured.response.ValidatableResponse submittedMarac(String firstName, String lastName, java.time.LocalDate born) {
        String id = startMarac();
        given().contentType("application/json").header("If-Match", String.valueOf(version(id)))
                .body(fixtures.completeMaracDraft(firstName, lastName, born)).put("/api/v1/referrals/" + id + "/draft").then().statusCode(200);
        return given().contentType("application/json").header("If-Match", String.valueOf(version(id)))
                .post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
    }

    private io.restassured.response.Response section(String id, String section, Map<String, Object> fields) {
        Map<String, Object> form = new HashMap<>(fields);
        form.put("version", String.valueOf(version(id)));
        return Forms.post("/referrals/" + id + "/sections/" + section, "/referrals/" + id + "/sections/" + section, form);
    }

    @Test
    void aSectionWithErrorsKeepsWhatWasTypedAndTheDraftIsSaved() {
        String id = startMarac();
        given().accept("text/html").get("/referrals/" + id + "/tasks").then().statusCode(200)
                .body(containsString("You have completed 0 of 7 sections"));

        var response = section(id, "victim", Map.of("firstName", "Zoë", "lastName", "", "dob-day", "31", "dob-month", "2",
                "dob-year", "1990", "town", "Dunstable", "safePhone", "call the office", "disability", "d".repeat(201)));

        assertEquals(400, response.statusCode());
        String html = response.asString();
        assertTrue(html.contains("<a href=\"#safePhone\">Enter a phone number, like 01632 960 001 or 07700 900 982</a>"), html);
        assertTrue(html.contains("<a href=\"#disability\">The victim&#39;s disability must be 200 characters or fewer</a>"), html);
        assertTrue(html.contains("<a href=\"#lastName\">Enter the victim&#39;s last name</a>"), html);
        assertTrue(html.contains("<a href=\"#dob\">Enter a real date, for example 27 3 1990</a>"));
        assertTrue(html.contains("value=\"Zoë\"") && html.contains("value=\"31\"") && html.contains("value=\"Dunstable\""));
        given().get("/api/v1/referrals/" + id).then().body("draft.victim.firstName", org.hamcrest.Matchers.equalTo("Zoë"))
                .body("draft.victim.town", org.hamcrest.Matchers.equalTo("Dunstable"));
        given().accept("text/html").get("/referrals/" + id + "/tasks").then()
                .body(containsString("aria-describedby=\"victim-status\">Victim</a>"))
                .body(containsString("In progress"));
    }

    @Test
    void aReferrerCompletesEverySectionSubmitsAndTheCoordinatorAccepts() {
        String id = startMarac();
        // A name and date of birth nobody else has: this test is about the sections, not about candidates.
        assertEquals(303, section(id, "victim", Map.ofEntries(Map.entry("firstName", "Philippa"),
                Map.entry("lastName", "Page" + p.housing()), Map.entry("dob-day", "14"), Map.entry("dob-month", "11"),
                Map.entry("dob-year", "1931"), Map.entry("address", "12 Station Road"), Map.entry("town", "Leighton Buzzard"),
                Map.entry("postcode", "LU7 1AA"), Map.entry("safeContactNotes", "Text only"), Map.entry("safeToLeaveMessage", "no"))).statusCode());
        assertEquals(303, section(id, "perpetrator", Map.of("perpFirstName", "Kevin", "perpLastName", "Page",
                "perpRelationship", "Ex-partner")).statusCode());
        assertEquals(303, section(id, "children", Map.of("child0FirstName", "Mia", "child0Age", "4")).statusCode());
        String longSummary = "Assaulted at home. " + "She described months of control over money and her phone, é. ".repeat(80);
        assertEquals(303, section(id, "incident", Map.of("incidentSummary", longSummary)).statusCode(), "a long summary is not refused");
        Map<String, Object> answers = new HashMap<>();
        var questions = checklists.current("DASH_RIC").definition().questions();
        for (int i = 0; i < questions.size(); i++) {
            answers.put("answer-" + questions.get(i).id(), i < 15 ? "YES" : "NOT_KNOWN");
        }
        answers.put("note-injury", "Bruising");
        assertEquals(303, section(id, "checklist", answers).statusCode());
        var criteria = section(id, "criteria", Map.of("professionalJudgement", "true", "policeIncidents12Months", "1"));
        assertEquals(400, criteria.statusCode());
        assertTrue(criteria.asString().contains("Give the reasons for your professional judgement"));
        assertEquals(303, section(id, "criteria", Map.of("policeIncidents12Months", "1")).statusCode());
        var consent = section(id, "consent", Map.of("consent", "NOT_GIVEN"));
        assertEquals(400, consent.statusCode());
        assertTrue(consent.asString().contains("Give the reason for sharing without consent"));
        assertEquals(303, section(id, "consent", Map.of("consent", "GIVEN")).statusCode());

        given().accept("text/html").get("/referrals/" + id + "/tasks").then()
                .body(containsString("You have completed 7 of 7 sections"));
        given().accept("text/html").get("/referrals/" + id + "/check").then().statusCode(200)
                .body(containsString("data-testid=\"message-safe\">No<"));
        var submitted = Forms.post("/referrals/" + id + "/check", "/referrals/" + id + "/submit",
                Map.of("version", String.valueOf(version(id))));
        assertEquals(303, submitted.statusCode());
        String confirmation = given().accept("text/html").get("/referrals/" + id + "/confirmation").then().statusCode(200)
                .body(containsString("Referral submitted")).body(containsString("Risk score: 15 (High)")).extract().asString();
        String reference = confirmation.replaceAll("(?s).*data-testid=\"reference\">([^<]+)<.*", "$1");
        assertTrue(reference.matches("MARAC-\\d{4}-\\d{5}"), reference);

        Identities.signIn(identity, "someone-at-fire", "Fire referrer", p.fire(), "referrer");
        given().accept("text/html").get("/cases/" + id).then().statusCode(403)
                .body(containsString("You do not have access to this page"));

        p.signInCoordinator(identity);
        given().accept("text/html").get("/cases/screening").then().statusCode(200).body(containsString(reference));
        var accepted = Forms.post("/cases/" + id, "/cases/" + id + "/transitions", Map.of("to", "ACCEPTED",
                "version", String.valueOf(version(id))));
        assertEquals(303, accepted.statusCode());
        given().accept("text/html").get("/cases/" + id).then().statusCode(200)
                .body(containsString("govuk-tag--green\">Accepted</strong>"))
                .body(containsString("<a href=\"/cases/screening\" class=\"govuk-back-link\">Back to screening</a>"))
                .body(containsString("12 Station Road"))
                .body(containsString("Text only"))
                .body(containsString("data-testid=\"message-safe\">No<"));
        given().accept("text/html").queryParam("firstName", "philippa").queryParam("lastName", "Page" + p.housing())
                .queryParam("dob-day", "14").queryParam("dob-month", "11").queryParam("dob-year", "1931")
                .get("/cases/search").then().statusCode(200).body(containsString(reference));
        given().accept("text/html").queryParam("firstName", "Philippa").queryParam("lastName", "Page" + p.housing())
                .queryParam("dob-day", "14").queryParam("dob-month", "11").queryParam("dob-year", "31")
                .get("/cases/search").then().statusCode(400).body(containsString("Year must include 4 numbers, for example 1990"))
                .body(not(containsString(reference)));
        given().accept("text/html").queryParam("lastName", "page" + p.housing().toLowerCase())
                .get("/cases/search").then().statusCode(200).body(containsString(reference))
                .body(containsString("Philippa Page" + p.housing() + ", born 14 November 1931"))
                .body(containsString("1 case found"));
        given().accept("text/html").queryParam("lastName", "P").queryParam("dob-year", "31")
                .get("/cases/search").then().statusCode(400)
                .body(containsString("<p id=\"lastName-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> Enter at least 2 letters of the last name, or a reference number</p>"))
                .body(containsString("Year must include 4 numbers, for example 1990"))
                .body(containsString("value=\"P\"")).body(not(containsString("case found")));
    }

    @Test
    void startAReferralPreselectsTheKindTheUserUsuallyRefersToAndStillAllowsTheOthers() {
        Identities.signIn(identity, "isva-" + p.idva(), "Priya Shah", p.idva(), "isva");
        String page = given().accept("text/html").get("/referrals/new").then().statusCode(200).extract().asString();
        assertTrue(page.contains("value=\"SARAC\" checked>"), page);
        assertFalse(page.contains("value=\"MARAC\" checked"), page);
        assertTrue(page.contains("The conference you usually refer to is chosen. You can choose another."), page);
        var other = Forms.post("/referrals/new", "/referrals", Map.of("kind", "ASBRAC"));
        assertEquals(303, other.statusCode());
        String asbrac = other.header("Location").replaceAll(".*/referrals/([^/]+)/tasks", "$1");
        given().get("/api/v1/referrals/" + asbrac).then().statusCode(200).body("kind", org.hamcrest.Matchers.equalTo("ASBRAC"));

        Identities.signIn(identity, "idva-" + p.idva(), "Maya Jones", p.idva(), "idva");
        given().accept("text/html").get("/referrals/new").then().statusCode(200).body(containsString("value=\"MARAC\" checked>"));
        Identities.signIn(identity, "officer-" + p.police(), "PC Lee", p.police(), "referrer");
        given().accept("text/html").get("/referrals/new").then().statusCode(200).body(containsString("value=\"MARAC\" checked>"))
                .body(not(containsString("value=\"SARAC\" checked")));
        p.signInReferrer(identity);
        given().accept("text/html").get("/referrals/new").then().statusCode(200).body(not(containsString(" checked>")))
                .body(not(containsString("usually refer to")));
    }

    @Test
    void anUnfinishedChecklistSavesWithoutErrorsAndItsUnansweredQuestionsAreOneLineInTheSummary() {
        String id = startMarac();
        var questions = checklists.current("DASH_RIC").definition().questions();
        String first = questions.get(0).id();
        String second = questions.get(1).id();

        var later = section(id, "checklist", Map.of("answer-" + first, "YES", "continue", "later"));
        assertEquals(303, later.statusCode(), later.asString());
        String tasks = given().accept("text/html").get("/referrals/" + id + "/tasks").asString();
        assertTrue(tasks.matches("(?s).*Risk checklist.*?In progress.*"), "the checklist is in progress on the task list");

        var complete = section(id, "checklist", Map.of("continue", "done"));
        assertEquals(400, complete.statusCode());
        String html = complete.asString();
        int unanswered = questions.size() - 1;
        String summary = html.substring(html.indexOf("govuk-error-summary__list"), html.indexOf("</ul>", html.indexOf("govuk-error-summary__list")));
        assertEquals(1, summary.split("<li>", -1).length - 1, "one line in the summary: " + summary);
        assertTrue(summary.contains("<a href=\"#answer-" + second + "\">" + unanswered + " questions not answered</a>"), summary);
        assertTrue(html.contains("id=\"answer-" + second + "-error\""), "each unanswered question still shows its own message");
        assertTrue(html.contains("value=\"YES\" checked"), "the saved answer is kept");

        var submit = Forms.post("/referrals/" + id + "/check", "/referrals/" + id + "/submit", Map.of("version", String.valueOf(version(id))));
        assertEquals(400, submit.statusCode());
        assertTrue(submit.asString().contains("<a href=\"/referrals/" + id + "/sections/checklist#answer-" + second + "\">Risk checklist: "
                + unanswered + " questions not answered</a>"), submit.asString());

        var api = given().contentType("application/json").header("If-Match", String.valueOf(version(id)))
                .post("/api/v1/referrals/" + id + "/submit").then().statusCode(400).extract();
        List<String> fields = api.path("errors.field");
        assertEquals(unanswered, fields.stream().filter(f -> f.startsWith("answers.")).count(), "the API keeps one error per question");
        assertTrue(fields.contains("answers." + second), fields.toString());
    }

    @Test
    void aSubmitWithMissingSectionsListsThemOnCheckYourAnswers() {
        String id = startMarac();
        var response = Forms.post("/referrals/" + id + "/check", "/referrals/" + id + "/submit",
                Map.of("version", String.valueOf(version(id))));
        assertEquals(400, response.statusCode());
        String html = response.asString();
        assertTrue(html.contains("<a href=\"/referrals/" + id + "/sections/victim\">Enter the victim&#39;s details</a>"), html);
        assertTrue(html.contains("/sections/consent\">Say whether the victim consents"));
        given().get("/api/v1/referrals/" + id).then().body("state", org.hamcrest.Matchers.equalTo("DRAFT"));
    }

    @Test
    void someoneKnownOnlyToAnotherConferenceIsNeitherNamedNorOffered() {
        String lastName = "Elsewhere" + p.housing();
        submittedMarac("Lucy", lastName, java.time.LocalDate.of(1985, 5, 5));

        // The fire service sits on ASBRAC only.
        org.roundtable.support.Identities.signIn(identity, "fire-" + p.fire(), "Frank Fireman", p.fire(), "referrer");
        var started = Forms.post("/referrals/new", "/referrals", Map.of("kind", "ASBRAC"));
        String second = started.header("Location").replaceAll(".*/referrals/([^/]+)/tasks", "$1");
        var notice = section(second, "victim", Map.of("firstName", "Lucy", "lastName", lastName,
                "dob-day", "5", "dob-month", "5", "dob-year", "1985"));
        assertEquals(200, notice.statusCode());
        String html = notice.asString();
        assertTrue(html.contains("Someone known to another conference may be this person"), html);
        assertTrue(html.contains("Continue without linking an earlier record"), html);
        assertFalse(html.contains("victimMatch"), "nothing to link: " + html);
        assertFalse(html.contains("known to MARAC"), "which conference is not said: " + html);
    }

    @Test
    void anExactMatchIsOfferedAndLinked() {
        String earlier = fixtures.completeMaracDraft("Lucy", "Match" + p.housing(), java.time.LocalDate.of(1985, 5, 5)).toString();
        assertTrue(earlier.contains("Lucy"));
        String first = startMarac();
        given().contentType("application/json").header("If-Match", String.valueOf(version(first)))
                .body(fixtures.completeMaracDraft("Lucy", "Match" + p.housing(), java.time.LocalDate.of(1985, 5, 5)))
                .put("/api/v1/referrals/" + first + "/draft").then().statusCode(200);
        given().contentType("application/json").header("If-Match", String.valueOf(version(first)))
                .post("/api/v1/referrals/" + first + "/submit").then().statusCode(200);

        String second = startMarac();
        var offer = section(second, "victim", Map.of("firstName", "LUCY", "lastName", "match " + p.housing().toLowerCase(),
                "dob-day", "5", "dob-month", "5", "dob-year", "1985"));
        assertEquals(200, offer.statusCode());
        assertTrue(offer.asString().contains("This victim may have been referred before"));
        assertTrue(offer.asString().contains("known to MARAC"));
        String personId = offer.asString().replaceAll("(?s).*name=\"victimMatch\" type=\"radio\" value=\"([0-9a-f-]{36})\".*", "$1");
        String reopened = given().accept("text/html").get("/referrals/" + second + "/sections/victim").then().statusCode(200).extract().asString();
        assertTrue(reopened.contains("name=\"victimMatch\" type=\"radio\" value=\"" + personId + "\""),
                "a referrer who left without answering is asked again");
        assertTrue(reopened.contains("born 5 May 1985"), "the date of birth reads as a date");
        assertEquals(303, section(second, "victim", Map.of("firstName", "LUCY", "lastName", "match " + p.housing().toLowerCase(),
                "dob-day", "5", "dob-month", "5", "dob-year", "1985", "victimMatch", personId)).statusCode());
        given().get("/api/v1/referrals/" + second).then().body("draft.victimPersonId", org.hamcrest.Matchers.equalTo(personId));
        assertTrue(given().accept("text/html").get("/referrals/" + second + "/check").then().extract().asString()
                .contains("Yes: linked to the earlier record of this person"), "check your answers says the victim is linked");
        List<String> sameVictim = given().get("/api/v1/referrals/" + first).then().extract().path("victim.id") instanceof String s
                ? List.of(s) : List.of();
        assertEquals(List.of(personId), sameVictim);
    }

    @Test
    void aPerpetratorNamedBeforeIsOfferedLinkedAndFlaggedAsKnown() {
        String surname = "Perpone" + p.housing();
        String earlierPerpetrator = submittedMarac("Rose", surname, java.time.LocalDate.of(1990, 1, 9)).extract().path("perpetrators[0].person.id");

        String second = startMarac();
        ReferralDraft otherVictim = fixtures.completeMaracDraft("Sara", "Othervictim" + p.housing(), java.time.LocalDate.of(1992, 3, 3));
        given().contentType("application/json").header("If-Match", String.valueOf(version(second)))
                .body(new ReferralDraft(otherVictim.victim(), null, true, List.of(), otherVictim.children(), otherVictim.incidentSummary(),
                        otherVictim.answers(), otherVictim.answerNotes(), false, null, 1, ReferralDraft.Consent.GIVEN, null, null))
                .put("/api/v1/referrals/" + second + "/draft").then().statusCode(200);
        Map<String, Object> typed = Map.of("perpFirstName", "kevin", "perpLastName", surname.toUpperCase(), "perpDob-day", "4",
                "perpDob-month", "2", "perpDob-year", "1985", "perpRelationship", "Partner");
        var offer = section(second, "perpetrator", typed);
        assertEquals(200, offer.statusCode(), offer.asString());
        assertTrue(offer.asString().contains("This person may have been named in an earlier referral"), offer.asString());
        assertTrue(offer.asString().contains("day and month swapped"), "the reason to check is shown");
        assertTrue(offer.asString().contains("name=\"perpetratorMatch\" type=\"radio\" value=\"" + earlierPerpetrator + "\""));
        Map<String, Object> linking = new HashMap<>(typed);
        linking.put("perpetratorMatch", earlierPerpetrator);
        assertEquals(303, section(second, "perpetrator", linking).statusCode());
        given().get("/api/v1/referrals/" + second).then().body("draft.perpetrators[0].personId", org.hamcrest.Matchers.equalTo(earlierPerpetrator));

        given().contentType("application/json").header("If-Match", String.valueOf(version(second)))
                .post("/api/v1/referrals/" + second + "/submit").then().statusCode(200)
                .body("perpetrators[0].person.id", org.hamcrest.Matchers.equalTo(earlierPerpetrator));
        p.signInCoordinator(identity);
        given().get("/api/v1/referrals/" + second).then().body("flags.knownPerpetrators[0].otherVictims", org.hamcrest.Matchers.equalTo(1));
    }
}
