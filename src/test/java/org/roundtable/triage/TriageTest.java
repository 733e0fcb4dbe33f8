package org.roundtable.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.audit.AuditQuery;
import org.roundtable.audit.AuditService;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/** The police call-handling script: bands and routes, the danger stop, repeat callers, the pre-filled referral, access. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "call-handler")
class TriageTest {

    private static final List<String> DA_QUESTIONS = List.of("injured", "frightened", "threats-to-kill", "strangle", "worse",
            "separated", "pregnant", "weapons");

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    AuditService audit;

    private ReferralFixtures.Partnership p;

    @Inject
    org.roundtable.agency.AgencyService agencies;

    @BeforeEach
    void partnership() {
        p = fixtures.partnership();
        asCallHandler();
    }

    private void asCallHandler() {
        Identities.signIn(identity, "handler-" + p.police(), "Dev Patel", p.police(), "call-handler");
    }

    private static ValidatableResponse put(String path, Object body) {
        return given().contentType("application/json").body(body).put(path).then();
    }

    private static String start() {
        return given().contentType("application/json").post("/api/v1/triage-calls").then().statusCode(201)
                .body("outcome", equalTo("IN_PROGRESS")).body("reference", org.hamcrest.Matchers.matchesPattern("CALL-\\d{4}-\\d{6}"))
                .extract().path("id");
    }

    /** A whole call through the API, answering the branch's questions with the given answers (others no). */
    private static ValidatableResponse call(String first, String last, LocalDate dob, boolean domestic, Map<String, String> answers) {
        String id = start();
        put("/api/v1/triage-calls/" + id + "/danger", Map.of("immediateDanger", false)).statusCode(200);
        Map<String, Object> caller = new LinkedHashMap<>(Map.of("firstName", first, "lastName", last));
        if (dob != null) {
            caller.put("dateOfBirth", dob.toString());
        }
        put("/api/v1/triage-calls/" + id + "/caller", caller).statusCode(200);
        List<String> questions = put("/api/v1/triage-calls/" + id + "/relationship", Map.of("domestic", domestic)).statusCode(200)
                .extract().path("questions.id");
        ValidatableResponse last_ = null;
        for (String question : questions) {
            String value = answers.getOrDefault(question, question.equals("incidents-3-months") ? "0-2" : "NO");
            last_ = put("/api/v1/triage-calls/" + id + "/answers/" + question, Map.of("value", value)).statusCode(200);
        }
        return last_;
    }

    private static Map<String, String> yes(String... questions) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : questions) {
            answers.put(question, "YES");
        }
        return answers;
    }

    @Test
    void domesticAbuseCallsAreBandedAndRoutedAsTheScriptSays() {
        call("Nadia", "Khan", null, true, yes()).body("outcome", equalTo("COMPLETED")).body("band", equalTo("STANDARD"))
                .body("total", equalTo(0)).body("route", equalTo("Record and signpost to local domestic abuse services"))
                .body("vulnerable", equalTo(false));
        call("Nadia", "Khan", null, true, yes("injured", "frightened")).body("band", equalTo("MEDIUM")).body("total", equalTo(2))
                .body("route", equalTo("Officer completes the DASH; IDVA service informed"));
        call("Nadia", "Khan", null, true, yes("injured", "frightened", "separated")).body("band", equalTo("HIGH"))
                .body("route", equalTo("Attend and complete the full DASH; likely MARAC")).body("vulnerable", equalTo(true));
        call("Nadia", "Khan", null, true, yes("threats-to-kill")).body("band", equalTo("HIGH")).body("total", equalTo(1));
        call("Nadia", "Khan", null, true, yes("strangle")).body("band", equalTo("HIGH"));
        call("Nadia", "Khan", null, true, yes("pregnant")).body("band", equalTo("MEDIUM")).body("vulnerable", equalTo(true));
    }

    @Test
    void antiSocialBehaviourCallsUseTheMatrixWeights() {
        call("Tom", "Reed", null, false, yes("hate", "threats")).body("band", equalTo("MEDIUM")).body("total", equalTo(6))
                .body("route", equalTo("Refer to the ASB caseworker and Victim Support")).body("conferenceKind", equalTo("ASBRAC"));
        Map<String, String> persistent = yes("reported-before", "targeted", "threats", "health-sleep", "afraid-home");
        persistent.put("incidents-3-months", "6+");
        call("Tom", "Reed", null, false, persistent).body("band", equalTo("MEDIUM")).body("total", equalTo(15))
                .body("vulnerable", equalTo(false));
        persistent.put("hate", "YES");
        call("Tom", "Reed", null, false, persistent).body("band", equalTo("HIGH")).body("total", equalTo(18))
                .body("route", equalTo("Refer to the ASBRAC")).body("vulnerable", equalTo(true));
        call("Tom", "Reed", null, false, yes("disability-mental-health")).body("band", equalTo("STANDARD"))
                .body("route", equalTo("Signpost")).body("vulnerable", equalTo(true));
    }

    @Test
    void immediateDangerStopsTheScriptAndRecordsTheEscalation() {
        String id = start();
        put("/api/v1/triage-calls/" + id + "/danger", Map.of("immediateDanger", true)).statusCode(200)
                .body("outcome", equalTo("ESCALATED")).body("immediateDanger", equalTo(true)).body("endedAt", not(nullValue()));

        put("/api/v1/triage-calls/" + id + "/relationship", Map.of("domestic", true)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("escalated"));
        given().contentType("application/json").body(Map.of()).post("/api/v1/triage-calls/" + id + "/referral").then().statusCode(409)
                .body("detail", containsString("no referral"));
        assertTrue(audit.search(new AuditQuery(null, null, "triage-call", id, null, null)).stream().anyMatch(e -> e.action.equals("triage.escalate")));
        String questionPage = given().accept("text/html").redirects().follow(false).get("/triage/" + id + "/questions/injured").then()
                .statusCode(303).extract().header("Location");
        assertTrue(questionPage.endsWith("/triage/" + id + "/result"), "an escalated call's questions lead to its result: " + questionPage);
    }

    @Test
    void aRepeatCallerIsRecognisedFromTheNameAndDateOfBirth() {
        LocalDate dob = LocalDate.of(1979, 6, 14);
        String last = "O'Neill-" + p.police();
        call("Ann", last, dob, true, yes("pregnant")).body("earlierCalls", equalTo(0)).body("repeatCaller", equalTo(false));

        String id = start();
        put("/api/v1/triage-calls/" + id + "/danger", Map.of("immediateDanger", false));
        put("/api/v1/triage-calls/" + id + "/caller", Map.of("firstName", " ANN ", "lastName", last.toLowerCase().replace("'", ""),
                "dateOfBirth", dob.toString())).statusCode(200)
                .body("earlierCalls", equalTo(1)).body("earlierVulnerable", equalTo(true)).body("repeatCaller", equalTo(true));

        String other = start();
        put("/api/v1/triage-calls/" + other + "/caller", Map.of("firstName", "Ann", "lastName", last, "dateOfBirth", "1979-06-15"))
                .statusCode(200).body("earlierCalls", equalTo(0)).body("repeatCaller", equalTo(false));
    }

    @Test
    void aCallerAlreadyReferredToAConferenceIsFlaggedWithTheKind() {
        LocalDate dob = LocalDate.of(1991, 2, 3);
        String last = "Known" + p.police();
        p.signInReferrer(identity);
        String referral = given().contentType("application/json")
                .body(Map.of("kind", "MARAC", "draft", fixtures.completeMaracDraft("Lucy", last, dob)))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + referral + "/submit").then()
                .statusCode(200);

        // The fixture's police sit on ASBRAC only: MARAC is another conference, and its cases are not named to them.
        asCallHandler();
        String before = start();
        put("/api/v1/triage-calls/" + before + "/caller", Map.of("firstName", "Lucy", "lastName", last, "dateOfBirth", dob.toString()))
                .statusCode(200).body("knownTo", org.hamcrest.Matchers.empty());
        var actor = new org.roundtable.audit.Actor("test", "test", null);
        var members = new java.util.HashSet<>(agencies.members(org.roundtable.agency.ConferenceKind.MARAC).stream()
                .map(org.roundtable.agency.AgencyView::id).toList());
        members.add(agencies.findByShortCode(p.police()).orElseThrow().id());
        agencies.setMembersAs(actor, org.roundtable.agency.ConferenceKind.MARAC, members);

        String id = start();
        put("/api/v1/triage-calls/" + id + "/caller", Map.of("firstName", "Lucy", "lastName", last, "dateOfBirth", dob.toString()))
                .statusCode(200).body("knownTo", hasItem("MARAC")).body("earlierCalls", equalTo(1)).body("repeatCaller", equalTo(true));
    }

    @Test
    void aFinishedCallPreFillsAReferralDraftOfTheRightKind() {
        Map<String, String> answers = yes("threats-to-kill", "worse", "injured");
        answers.put("frightened", "NOT_KNOWN");
        String id = call("Maya", "Hart" + p.police(), LocalDate.of(1993, 8, 9), true, answers).body("band", equalTo("HIGH"))
                .extract().path("id");
        String reference = given().get("/api/v1/triage-calls/" + id).then().extract().path("reference");

        var draft = given().contentType("application/json").body(Map.of("notes", "Partner pushed her down the stairs."))
                .post("/api/v1/triage-calls/" + id + "/referral").then().statusCode(201)
                .body("kind", equalTo("MARAC")).body("state", equalTo("DRAFT")).body("referringAgency", equalTo(p.police()))
                .body("draft.victim.firstName", equalTo("Maya")).body("draft.victim.dateOfBirth", equalTo("1993-08-09"))
                .body("draft.answers.threats-to-kill", equalTo("YES")).body("draft.answers.injury", equalTo("YES"))
                .body("draft.answers.frightened", equalTo("NOT_KNOWN")).body("draft.answers.strangle", equalTo("NO"))
                .body("draft.answers.getting-worse", nullValue()).body("draft.answers.more-often", nullValue())
                .body("draft.answerNotes.more-often", containsString("Ask which applies"))
                .body("draft.answerNotes.injury", containsString(reference))
                .body("draft.incidentSummary", containsString(reference))
                .body("draft.incidentSummary", containsString("Partner pushed her down the stairs."));
        String referralId = draft.extract().path("id");

        given().get("/api/v1/triage-calls/" + id).then().body("referralId", equalTo(referralId));
        given().contentType("application/json").body(Map.of()).post("/api/v1/triage-calls/" + id + "/referral").then()
                .statusCode(409).body("detail", containsString("already been started"));
        put("/api/v1/triage-calls/" + id + "/answers/injured", Map.of("value", "NO")).statusCode(409);
    }

    @Test
    void anAntiSocialBehaviourCallBecomesAnAsbracDraft() {
        Map<String, String> answers = yes("disability-mental-health", "hate");
        answers.put("incidents-3-months", "3-5");
        String id = call("Peter", "Lane" + p.police(), null, false, answers).extract().path("id");
        given().contentType("application/json").body(Map.of()).post("/api/v1/triage-calls/" + id + "/referral").then().statusCode(201)
                .body("kind", equalTo("ASBRAC")).body("draft.answers.incidents-3-months", equalTo("3-5"))
                .body("draft.answers.hate", equalTo("YES")).body("draft.answers.disability", nullValue())
                .body("draft.answerNotes.mental-health", containsString("Ask which applies"));
    }

    @Test
    void badAnswersGetFieldErrors() {
        String id = start();
        put("/api/v1/triage-calls/" + id + "/caller", Map.of("firstName", "", "lastName", "")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("firstName")).body("errors.field", hasItem("lastName"));
        put("/api/v1/triage-calls/" + id + "/caller", Map.of("firstName", "Ann", "lastName", "Phone", "phone", "abc")).statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("phone")))
                .body("errors[0].message", equalTo("Enter a phone number, like 01632 960 001 or 07700 900 982"));
        put("/api/v1/triage-calls/" + id + "/relationship", Map.of()).statusCode(400).body("errors.field", hasItem("domestic"));
        put("/api/v1/triage-calls/" + id + "/relationship", Map.of("domestic", true)).statusCode(200);
        put("/api/v1/triage-calls/" + id + "/answers/injured", Map.of("value", "MAYBE")).statusCode(400)
                .body("errors[0].field", equalTo("answer")).body("errors[0].message", equalTo("Choose one of the answers offered"));
        put("/api/v1/triage-calls/" + id + "/answers/no-such-question", Map.of("value", "YES")).statusCode(404);
        given().get("/api/v1/triage-calls/" + id).then().body("answers.size()", equalTo(0)).body("outcome", equalTo("IN_PROGRESS"));
    }

    @Test
    void anotherAgencysCallHandlerCannotSeeOrAnswerACall() {
        String id = start();
        put("/api/v1/triage-calls/" + id + "/caller", Map.of("firstName", "Ruth", "lastName", "Secret")).statusCode(200);
        Identities.signIn(identity, "handler-" + p.fire(), "Other Handler", p.fire(), "call-handler");
        given().get("/api/v1/triage-calls/" + id).then().statusCode(403).body(not(containsString("Secret")));
        put("/api/v1/triage-calls/" + id + "/danger", Map.of("immediateDanger", true)).statusCode(403);
        given().accept("text/html").get("/triage/" + id + "/result").then().statusCode(403).body(not(containsString("Secret")));
        given().get("/api/v1/triage-calls").then().statusCode(200).body("reference", not(hasItem(containsString("CALL"))));
    }

    @Test
    void changingTheDomesticAbuseAnswerKeepsEveryAnswerThatStillApplies() {
        String id = start();
        String call = "/api/v1/triage-calls/" + id;
        put(call + "/danger", Map.of("immediateDanger", false)).statusCode(200);
        put(call + "/caller", Map.of("firstName", "Rae", "lastName", "Branch" + p.police())).statusCode(200);
        put(call + "/relationship", Map.of("domestic", true)).statusCode(200);
        put(call + "/answers/injured", Map.of("value", "YES")).statusCode(200);
        put(call + "/answers/frightened", Map.of("value", "YES")).statusCode(200);
        put(call + "/answers/threats-to-kill", Map.of("value", "NO")).statusCode(200);

        put(call + "/relationship", Map.of("domestic", false)).statusCode(200).body("answers", equalTo(Map.of()))
                .body("conferenceKind", equalTo("ASBRAC")).body("immediateDanger", equalTo(false))
                .body("callerFirstName", equalTo("Rae"));
        put(call + "/answers/reported-before", Map.of("value", "YES")).statusCode(200);
        put(call + "/relationship", Map.of("domestic", true)).statusCode(200).body("outcome", equalTo("IN_PROGRESS"))
                .body("answers", equalTo(Map.of("injured", "YES", "frightened", "YES", "threats-to-kill", "NO")));
        for (String question : List.of("strangle", "worse", "separated", "pregnant", "weapons")) {
            put(call + "/answers/" + question, Map.of("value", "NO")).statusCode(200);
        }
        given().get(call).then().body("outcome", equalTo("COMPLETED")).body("band", equalTo("MEDIUM")).body("total", equalTo(2));

        put(call + "/relationship", Map.of("domestic", false)).statusCode(200).body("outcome", equalTo("IN_PROGRESS"))
                .body("band", org.hamcrest.Matchers.nullValue()).body("answers", equalTo(Map.of("reported-before", "YES")));
        put(call + "/relationship", Map.of("domestic", true)).statusCode(200)
                .body("outcome", equalTo("COMPLETED")).body("band", equalTo("MEDIUM")).body("total", equalTo(2))
                .body("answers.size()", equalTo(8));

        // On the pages, the change lands on the first question the new branch still needs.
        String base = "/triage/" + id;
        var toAsb = Forms.post(base + "/relationship", base + "/relationship", Map.of("answer", "NO"));
        assertEquals(303, toAsb.statusCode());
        assertTrue(toAsb.header("Location").endsWith("/questions/incidents-3-months"), toAsb.header("Location"));
        var back = Forms.post(base + "/relationship", base + "/relationship", Map.of("answer", "YES"));
        assertTrue(back.header("Location").endsWith("/result"), back.header("Location"));
        given().accept("text/html").get(base + "/result").then().statusCode(200)
                .body(containsString("Officer completes the DASH; IDVA service informed"));
    }

    @Test
    void theScriptRunsThroughThePagesOneQuestionAtATime() {
        var started = Forms.post("/triage", "/triage", Map.of());
        assertEquals(303, started.statusCode());
        String danger = started.header("Location");
        assertTrue(danger.endsWith("/danger"), danger);
        String base = danger.replaceAll("/danger$", "").replaceAll("^https?://[^/]+", "");
        given().accept("text/html").get(base + "/danger").then().statusCode(200)
                .body(containsString("Is anyone in immediate danger now?")).body(containsString("Question 1"));

        var next = Forms.post(base + "/danger", base + "/danger", Map.of("answer", "NO"));
        assertTrue(next.header("Location").endsWith("/caller"));

        var missing = Forms.post(base + "/caller", base + "/caller", Map.of("firstName", "Jo", "lastName", "", "dob-day", "31",
                "dob-month", "2", "dob-year", "1990"));
        assertEquals(400, missing.statusCode());
        assertTrue(missing.asString().contains("Enter the caller&#39;s last name") || missing.asString().contains("Enter the caller's last name"));
        assertTrue(missing.asString().contains("Enter a real date"));
        assertTrue(missing.asString().contains("value=\"Jo\""), "what was typed is kept");

        next = Forms.post(base + "/caller", base + "/caller", Map.of("firstName", "Jo", "lastName", "Page" + p.police()));
        assertTrue(next.header("Location").endsWith("/relationship"));
        next = Forms.post(base + "/relationship", base + "/relationship", Map.of());
        assertEquals(400, next.statusCode());
        assertTrue(next.asString().contains("Say whether this is about a partner"));
        next = Forms.post(base + "/relationship", base + "/relationship", Map.of("answer", "YES"));
        assertTrue(next.header("Location").endsWith("/questions/injured"));

        for (int i = 0; i < DA_QUESTIONS.size(); i++) {
            String question = DA_QUESTIONS.get(i);
            String page = given().accept("text/html").get(base + "/questions/" + question).then().statusCode(200).extract().asString();
            assertTrue(page.contains("Question " + (i + 4) + " of 11"), page);
            next = Forms.post(base + "/questions/" + question, base + "/questions/" + question,
                    Map.of("answer", question.equals("strangle") ? "YES" : "NO"));
            assertEquals(303, next.statusCode());
        }
        assertTrue(next.header("Location").endsWith("/result"));
        String result = given().accept("text/html").get(base + "/result").then().statusCode(200)
                .body(containsString("Attend and complete the full DASH; likely MARAC"))
                .body(containsString("Start a MARAC referral")).extract().asString();
        assertTrue(result.contains("<h1 class=\"govuk-heading-l\" id=\"result-heading\" tabindex=\"-1\" autofocus"),
                "the heading takes focus when the result opens");
        int box = result.indexOf("What the caller said happened");
        int firstAnswerChange = result.indexOf("/questions/");
        assertTrue(box > 0 && box < firstAnswerChange, "the caller's account comes before the answers and their Change links");
        next = Forms.post(base + "/caller", base + "/caller", Map.of("firstName", "Joanne", "lastName", "Page" + p.police(),
                "phone", "07700 900 982"));
        assertTrue(next.header("Location").endsWith("/result"), "a changed caller goes back to the result: " + next.header("Location"));
        given().accept("text/html").get(base + "/result").then().statusCode(200)
                .body(containsString("href=\"/triage/" + base.substring(base.lastIndexOf('/') + 1) + "/caller\">Change"))
                .body(containsString("Joanne Page")).body(containsString("07700 900 982"));

        var referral = Forms.post(base + "/result", base + "/referral", Map.of("notes", "Held by the throat."));
        assertEquals(303, referral.statusCode());
        assertTrue(referral.header("Location").matches(".*/referrals/[0-9a-f-]+/tasks"), referral.header("Location"));
        given().accept("text/html").get(base + "/result").then().body(containsString("continue the referral"))
                .body(not(containsString("Start a MARAC referral")));
    }
}
