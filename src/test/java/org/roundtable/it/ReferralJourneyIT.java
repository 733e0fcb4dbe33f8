package org.roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A referrer refers a victim through the pages and the coordinator accepts it, in a real browser against real Keycloak. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class ReferralJourneyIT {

    private static BrowserSession browser;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void openBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private void check(Page page) {
        BrowserSession.seriousAccessibilityViolations(page).forEach(v -> violations.add(page.title() + ": " + v));
    }

    private void openSection(Page page, String name) {
        page.click("a.govuk-task-list__link:has-text('" + name + "')");
        page.waitForLoadState();
        check(page);
    }

    private void saveAndContinue(Page page) {
        page.click("button[value=done]");
        page.waitForURL("**/tasks");
    }

    @Test
    void aReferrerRefersAVictimAndTheCoordinatorAcceptsTheReferral() {
        Page page = browser.signIn("referrer.housing");
        page.click("text=Referrals");
        check(page);
        page.click("text=Start a referral");
        check(page);
        page.check("#kind-MARAC");
        page.click("button[type=submit]");
        page.waitForURL("**/tasks");
        check(page);

        openSection(page, "Victim");
        page.fill("#firstName", "Sarah");
        page.fill("#lastName", "Browser");
        page.fill("#dob-day", "27");
        page.fill("#dob-month", "3");
        page.fill("#dob-year", "1990");
        page.fill("#address", "12 Station Road");
        page.fill("#town", "Leighton Buzzard");
        page.fill("#postcode", "LU7 1AA");
        saveAndContinue(page);

        openSection(page, "The incident");
        page.fill("#incidentSummary", "Assaulted at home; threats to kill.");
        saveAndContinue(page);

        openSection(page, "Risk checklist");
        List<String> questions = page.locator("input[type=radio][value=YES]").all().stream()
                .map(radio -> radio.getAttribute("name")).toList();
        assertEquals(24, questions.size());
        for (int i = 0; i < questions.size(); i++) {
            page.check("input[name='" + questions.get(i) + "'][value=" + (i < 14 ? "YES" : "NO") + "]");
        }
        saveAndContinue(page);

        openSection(page, "Referral criteria");
        saveAndContinue(page);
        openSection(page, "Consent to share information");
        page.check("input[name=consent][value=GIVEN]");
        saveAndContinue(page);

        page.click("text=Check your answers");
        check(page);
        page.click("text=Submit referral");
        page.waitForURL("**/confirmation");
        check(page);
        String reference = page.textContent("[data-testid=reference]").trim();
        assertTrue(reference.matches("MARAC-\\d{4}-\\d{5}"), reference);
        page.context().close();

        Page coordinator = browser.signIn("coordinator");
        coordinator.click("text=Screening");
        check(coordinator);
        coordinator.click("text=" + reference);
        check(coordinator);
        assertTrue(coordinator.textContent("[data-testid=score]").contains("14: High"));
        coordinator.click("text=Accept for the conference");
        coordinator.waitForURL("**/cases/**?done=ACCEPTED");
        assertTrue(coordinator.textContent("h1").contains("Accepted"));
        assertTrue(coordinator.textContent("[data-testid=history]").contains("Ben Carter"));
        coordinator.context().close();

        assertEquals(List.of(), violations);
    }
}
