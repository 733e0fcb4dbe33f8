package org.roundtable.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An IDVA takes a case, logs a call that went unanswered and a contact with safety planning, and closes her support. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class ContactLogIT extends BrowserJourney {

    /** An accepted MARAC case made through the API; a message is not safe to leave. */
    private static String acceptedCase(String lastName) {
        String referrer = KeycloakAdmin.accessToken("referrer.housing");
        List<Map<String, Object>> questions = given().auth().oauth2(referrer).get("/api/v1/checklists/DASH_RIC").then().statusCode(200)
                .extract().path("definition.questions");
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put((String) questions.get(i).get("id"), i < 15 ? "YES" : "NO");
        }
        Map<String, Object> victim = Map.of("firstName", "Leah", "lastName", lastName, "dateOfBirth", "1993-05-06",
                "address", "9 Mill Lane", "town", "Biggleswade", "postcode", "SG18 8AA", "safePhone", "07700 900456",
                "safeContactNotes", "Call after 10am on weekdays", "safeToLeaveMessage", false);
        Map<String, Object> draft = Map.of("victim", victim, "victimIsNewPerson", true, "incidentSummary", "Threats to kill on 28 November.",
                "answers", answers, "consent", "GIVEN");
        String id = given().auth().oauth2(referrer).contentType("application/json").body(Map.of("kind", "MARAC", "draft", draft))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(referrer).contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit")
                .then().statusCode(200);
        String coordinator = KeycloakAdmin.accessToken("coordinator");
        int version = given().auth().oauth2(coordinator).get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("version");
        return given().auth().oauth2(coordinator).contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("to", "ACCEPTED")).post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200)
                .extract().path("reference");
    }

    private static void when(Page page, LocalDate day, String time) {
        page.fill("#occurredAt", String.valueOf(day.getDayOfMonth()));
        page.fill("#occurredAt-month", String.valueOf(day.getMonthValue()));
        page.fill("#occurredAt-year", String.valueOf(day.getYear()));
        page.fill("#occurredAtTime", time);
    }

    @Test
    void anIdvaTakesACaseLogsContactsAndClosesHerSupport() {
        browser.signIn("coordinator").context().close();
        String reference = acceptedCase("Contactjourney");
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);

        Page idva = browser.signIn("idva");
        idva.click("nav >> text=Caseload");
        assertThat(idva.locator("[data-testid=waiting]")).containsText(reference);
        check(idva);
        idva.click("[data-testid=waiting] >> text=" + reference);
        assertThat(idva.locator("[data-testid=no-message]")).hasText(java.util.regex.Pattern.compile("Do not leave a message: not safe"));
        assertThat(idva.locator("[data-testid=safe-contact]")).containsText("Call after 10am on weekdays");
        check(idva);
        idva.click("[data-testid=take]");
        idva.waitForURL("**?done=allocated");
        assertThat(idva.locator("[data-testid=advocate]")).containsText("Hannah Clarke");

        idva.click("button:has-text('Log contact')");
        assertThat(idva.locator(".govuk-error-summary")).containsText("Enter the date of the contact");
        assertEquals("#occurredAt", idva.getAttribute(".govuk-error-summary a >> nth=0", "href"), "the summary links to the day field");
        assertEquals("#method", idva.getAttribute(".govuk-error-summary a:has-text('Choose how you made contact')", "href"),
                "the summary links to the first radio of the group");
        check(idva);

        when(idva, yesterday, "10:05");
        idva.check("#method");
        idva.check("#outcome-NO_ANSWER");
        idva.click("button:has-text('Log contact')");
        idva.waitForURL("**?done=logged");
        assertThat(idva.locator("[data-testid=entry]")).hasCount(1);

        when(idva, yesterday, "15:30");
        idva.check("#method-IN_PERSON");
        idva.check("#outcome");
        idva.fill("#safetyPlanning", "Agreed a code word with her sister; bag packed at a friend's house.");
        idva.check("#services");
        idva.check("#services-LEGAL_PROTECTION");
        idva.check("#victimRiskView-HIGH");
        idva.fill("#victimRiskWords", "He said he would find me wherever I go");
        idva.check("#consent");
        idva.click("button:has-text('Log contact')");
        idva.waitForURL("**?done=logged");
        assertThat(idva.locator("[data-testid=entry]")).hasCount(2);
        assertThat(idva.locator("[data-testid=entry] >> nth=0")).containsText("Agreed a code word");
        check(idva);

        idva.click("[data-testid=close-support]");
        check(idva);
        idva.check("#reason");
        idva.check("#physicalAbuse-REDUCED");
        idva.check("#sexualAbuse");
        idva.check("#harassmentAndStalking-SAME");
        idva.check("#jealousAndControlling-REDUCED");
        idva.check("#feelsSafer-PARTLY");
        idva.click("button:has-text('Close support')");
        idva.waitForURL("**?done=closed");
        assertThat(idva.locator("[data-testid=closure]")).containsText("Support completed");
        assertThat(idva.locator("[data-testid=support-state]")).containsText("Closed");
        check(idva);

        idva.click("nav >> text=Caseload");
        assertThat(idva.locator("tr[data-testid='case-" + reference + "'] [data-testid=status]")).hasText("Support closed");
        check(idva);
        idva.context().close();
        assertEquals(List.of(), violations);
    }
}
