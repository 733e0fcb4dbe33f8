package org.roundtable.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A coordinator adds an action to a case between meetings; housing's SPOC assigns it to a colleague, who marks it done. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class ActionInboxIT extends BrowserJourney {

    /** An accepted MARAC case made through the API; returns its id. */
    private static String acceptedCase(String lastName) {
        String referrer = KeycloakAdmin.accessToken("referrer.police");
        List<Map<String, Object>> questions = given().auth().oauth2(referrer).get("/api/v1/checklists/DASH_RIC").then().statusCode(200)
                .extract().path("definition.questions");
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put((String) questions.get(i).get("id"), i < 15 ? "YES" : "NO");
        }
        Map<String, Object> victim = Map.of("firstName", "Nadia", "lastName", lastName, "dateOfBirth", "1993-05-06",
                "address", "8 Mill Lane", "town", "Sandy", "postcode", "SG19 1AB");
        Map<String, Object> draft = Map.of("victim", victim, "victimIsNewPerson", true, "incidentSummary", "Threats to kill on 21 November.",
                "answers", answers, "consent", "GIVEN");
        String id = given().auth().oauth2(referrer).contentType("application/json").body(Map.of("kind", "MARAC", "draft", draft))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().auth().oauth2(referrer).contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit")
                .then().statusCode(200);
        String coordinator = KeycloakAdmin.accessToken("coordinator");
        int version = given().auth().oauth2(coordinator).get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("version");
        given().auth().oauth2(coordinator).contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("to", "ACCEPTED")).post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    @Test
    void theSpocAssignsAnActionAndAColleagueMarksItDone() {
        // Grace Okafor (referrer.housing) is a colleague Roundtable knows once she has signed in.
        browser.signIn("referrer.housing").context().close();
        String caseId = acceptedCase("Inboxjourney");
        String what = "Fit a door alarm for case " + caseId.substring(0, 8);
        LocalDate due = LocalDate.now().plusDays(10);

        Page coordinator = browser.signIn("coordinator");
        coordinator.navigate(BrowserSession.APP + "/cases/" + caseId);
        coordinator.click("text=Add an action");
        check(coordinator);
        coordinator.selectOption("#owner", "HOUSING");
        coordinator.fill("#description", what);
        coordinator.fill("#dueOn-day", String.valueOf(due.getDayOfMonth()));
        coordinator.fill("#dueOn-month", String.valueOf(due.getMonthValue()));
        coordinator.fill("#dueOn-year", String.valueOf(due.getYear()));
        coordinator.click("button:has-text('Add the action')");
        coordinator.waitForURL("**/actions/**?done=add");
        check(coordinator);
        coordinator.click("nav >> text=Actions by agency");
        coordinator.waitForURL("**/actions/summary?kind=MARAC");
        assertTrue(coordinator.textContent("[data-testid=summary]").contains("Aragon Housing Association"));
        check(coordinator);
        coordinator.context().close();

        Page spoc = browser.signIn("spoc.housing");
        spoc.click("nav >> text=Agency actions");
        spoc.waitForURL("**/actions");
        check(spoc);
        assertTrue(spoc.textContent("[data-testid=actions] tr:has-text('" + what + "')").contains("Not assigned"));
        spoc.click("text=" + what);
        spoc.waitForURL("**/actions/*");
        check(spoc);
        spoc.selectOption("#assignee", new SelectOption().setLabel("Grace Okafor"));
        spoc.click("button:has-text('Assign')");
        spoc.waitForURL("**?done=assign");
        assertEquals("Grace Okafor", spoc.textContent("[data-testid=assignee]").trim());
        check(spoc);
        spoc.context().close();

        Page colleague = browser.signIn("referrer.housing");
        colleague.click("nav >> text=My actions");
        colleague.waitForURL("**/actions/mine");
        check(colleague);
        colleague.click("text=" + what);
        colleague.waitForURL("**/actions/*");
        colleague.check("#status-done");
        colleague.fill("#note", "Alarm fitted and tested with the tenant");
        colleague.click("button:has-text('Save the update')");
        colleague.waitForURL("**?done=update");
        assertTrue(colleague.textContent("[data-testid=status]").contains("Done"));
        assertTrue(colleague.textContent("[data-testid=history]").contains("Alarm fitted and tested with the tenant"));
        check(colleague);
        colleague.context().close();

        assertEquals(List.of(), violations);
    }
}
