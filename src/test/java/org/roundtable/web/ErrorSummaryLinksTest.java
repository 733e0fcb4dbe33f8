package org.roundtable.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/**
 * Every in-page link of an error summary names a control on the same page (the first radio of a group, the day field
 * of a date), so that following it puts focus where the user answers, with or without scripts (issue 17).
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class ErrorSummaryLinksTest {

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures conferences;

    @Inject
    TestIdentityAssociation identity;

    /** What is wrong with the page's error links: each one that names no input, select or textarea. */
    private static List<String> linksAwayFromControls(String form, Response response) {
        List<String> problems = new ArrayList<>();
        if (response.statusCode() != 400 && response.statusCode() != 200) {
            problems.add(form + ": answered " + response.statusCode() + " instead of showing errors");
            return problems;
        }
        Document page = Jsoup.parse(response.asString());
        List<Element> links = page.select(".govuk-error-summary__list a[href^=#]");
        if (links.isEmpty()) {
            problems.add(form + ": no error summary links");
        }
        for (Element link : links) {
            String id = link.attr("href").substring(1);
            Element target = page.getElementById(id);
            if (target == null || !target.is("input, select, textarea")) {
                problems.add(form + ": '" + link.text() + "' links to #" + id + ", which is "
                        + (target == null ? "not on the page" : "a " + target.tagName() + " (" + target.className() + ")"));
            }
        }
        return problems;
    }

    private static String version(String referral) {
        return String.valueOf(given().get("/api/v1/referrals/" + referral).then().statusCode(200).extract().<Integer>path("version"));
    }

    @Test
    void everyErrorLinkOfTheListedFormsNamesAControl() {
        ReferralFixtures.Partnership p = referrals.partnership();
        conferences.closeOtherCases();
        List<String> problems = new ArrayList<>();

        Identities.signIn(identity, "links-" + p.police(), "Dev Patel", p.police(), "call-handler");
        String danger = Forms.post("/triage", "/triage", Map.of()).header("Location").replaceAll("^https?://[^/]+", "");
        String call = danger.replace("/danger", "");
        problems.addAll(linksAwayFromControls("triage: immediate danger", Forms.post(danger, danger, Map.of())));
        assertEquals(303, Forms.post(danger, danger, Map.of("answer", "NO")).statusCode());
        Map<String, String> caller = Map.of("firstName", "Focus", "lastName", "Linkfollow" + p.police(), "dob-day", "31", "dob-month", "2",
                "dob-year", "1990");
        problems.addAll(linksAwayFromControls("triage: date of birth", Forms.post(call + "/caller", call + "/caller", caller)));
        assertEquals(303, Forms.post(call + "/caller", call + "/caller", Map.of("firstName", "Focus", "lastName", "Linkfollow")).statusCode());
        String relationship = call + "/relationship";
        problems.addAll(linksAwayFromControls("triage: domestic abuse", Forms.post(relationship, relationship, Map.of())));

        p.signInReferrer(identity);
        problems.addAll(linksAwayFromControls("referral: conference", Forms.post("/referrals/new", "/referrals", Map.of())));
        String tasks = Forms.post("/referrals/new", "/referrals", Map.of("kind", "MARAC")).header("Location").replaceAll("^https?://[^/]+", "");
        String id = tasks.replaceAll(".*/referrals/([^/]+)/tasks", "$1");
        String sections = tasks.replace("/tasks", "/sections/");
        problems.addAll(linksAwayFromControls("referral: victim's date of birth", Forms.post(sections + "victim", sections + "victim",
                Map.of("firstName", "Focus", "lastName", "Linkfollow", "dob-day", "31", "dob-month", "2", "dob-year", "1990",
                        "version", version(id)))));
        problems.addAll(linksAwayFromControls("referral: DASH questions", Forms.post(sections + "checklist", sections + "checklist",
                Map.of("continue", "done", "version", version(id)))));
        problems.addAll(linksAwayFromControls("referral: consent", Forms.post(sections + "consent", sections + "consent",
                Map.of("continue", "done", "version", version(id)))));

        conferences.acceptedCase(p, identity, conferences.draft("Linda", "Links" + p.housing(), 15, 0, false));
        p.signInCoordinator(identity);
        problems.addAll(linksAwayFromControls("setting up a meeting", Forms.post("/meetings/new", "/meetings", Map.of())));
        problems.addAll(linksAwayFromControls("Find a case", given().accept("text/html").queryParam("lastName", "Linkfollow")
                .queryParam("dob-day", "31").queryParam("dob-month", "2").queryParam("dob-year", "1990").get("/cases/search")));

        String meeting = conferences.meeting(p, identity, 7);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/meetings/" + meeting + "/agenda/publish").then()
                .statusCode(200);
        Identities.signIn(identity, "links-spoc-" + p.health(), "Hana Spoc", p.health(), "agency-spoc");
        String memberPage = given().accept("text/html").get("/meetings/" + meeting).then().statusCode(200).extract().asString();
        String research = memberPage.replaceAll("(?s).*href=\"(/meetings/[^\"]+/research)\".*", "$1");
        problems.addAll(linksAwayFromControls("sharing research", Forms.post(research, research, Map.of())));

        ConferenceFixtures.asChair(p, identity);
        String run = "/meetings/" + meeting + "/run";
        assertEquals(303, Forms.post(run, run + "/start", Map.of()).statusCode());
        String item = given().accept("text/html").get(run).asString().replaceAll("(?s).*id=\"case-([0-9a-f-]{36})\".*", "$1");
        problems.addAll(linksAwayFromControls("meeting mode: action", Forms.post(run, run + "/cases/" + item + "/actions",
                Map.of("owner", p.housing(), "description", "Change the locks", "dueOn-day", "31", "dueOn-month", "2"))));
        problems.addAll(linksAwayFromControls("meeting mode: decision", Forms.post(run, run + "/cases/" + item + "/decision",
                Map.of("nextReviewOn-day", "31", "nextReviewOn-month", "2", "nextReviewOn-year", "2030"))));
        problems.addAll(linksAwayFromControls("meeting mode: no decision", Forms.post(run, run + "/cases/" + item + "/decision", Map.of())));

        assertEquals(List.of(), problems);
    }
}
