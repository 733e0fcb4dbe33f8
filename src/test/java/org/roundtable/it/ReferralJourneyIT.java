package org.roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A referrer refers a victim through the pages and the coordinator accepts it, in a real browser against real Keycloak. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class ReferralJourneyIT extends BrowserJourney {

    private void openSection(Page page, String name) {
        page.click("a.govuk-task-list__link:has-text('" + name + "')");
        // The section's own address, not a load state that the task list already reached.
        page.waitForURL("**/sections/**");
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
        page.check("input[name=kind][value=MARAC]");
        page.click("button[type=submit]");
        page.waitForURL("**/tasks");
        check(page);

        openSection(page, "Victim");
        page.fill("#firstName", "Sarah");
        page.fill("#lastName", "Browser");
        page.fill("[name=dob-day]", "27");
        page.fill("[name=dob-month]", "3");
        page.fill("[name=dob-year]", "1990");
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
        assertSuccessBanner(coordinator, "Referral accepted. It is ready to be listed on a meeting's agenda.");
        assertTrue(coordinator.textContent("h1").contains("Accepted"));
        assertTrue(coordinator.textContent("[data-testid=history]").contains("Ben Carter"));
        coordinator.context().close();

        assertEquals(List.of(), violations);
    }

    /** Answers the question page in focus from the keyboard alone: the first option has focus when the page opens. */
    private void answerByKeyboard(Page page, int optionIndex) {
        check(page);
        if (optionIndex == 0) {
            page.keyboard().press("Space");
        }
        for (int i = 0; i < optionIndex; i++) {
            page.keyboard().press("ArrowDown");
        }
        String before = page.url();
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.equals(before));
    }

    @Test
    void aCallHandlerTriagesACallByKeyboardAndTheReferrerAndCoordinatorTakeItToAccepted() {
        Page page = browser.signIn("callhandler");
        page.click("text=Call triage");
        check(page);
        page.keyboard().press("Enter");
        page.waitForURL("**/danger");
        long started = System.nanoTime();
        answerByKeyboard(page, 1);

        assertTrue(page.url().endsWith("/caller"), page.url());
        check(page);
        page.keyboard().type("Nadia");
        page.keyboard().press("Tab");
        page.keyboard().type("Keyboard");
        page.keyboard().press("Tab");
        page.keyboard().type("14");
        page.keyboard().press("Tab");
        page.keyboard().type("6");
        page.keyboard().press("Tab");
        page.keyboard().type("1988");
        page.keyboard().press("Enter");
        page.waitForURL("**/relationship");
        answerByKeyboard(page, 0);

        List<String> yes = List.of("threats-to-kill", "worse");
        while (page.url().contains("/questions/")) {
            String question = page.url().replaceAll(".*/questions/", "");
            assertTrue(page.textContent("[data-testid=progress]").contains("of 11"));
            answerByKeyboard(page, yes.contains(question) ? 0 : 1);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(page.url().endsWith("/result"), page.url());
        check(page);
        assertEquals("High (score 2)", page.textContent("[data-testid=band]").trim());
        assertEquals("Attend and complete the full DASH; likely MARAC", page.textContent("[data-testid=route]").trim());
        System.out.println("Triage script answered by keyboard in " + seconds + " s");
        page.fill("#notes", "Neighbour heard shouting; partner threatened to kill her.");
        page.click("button:has-text('Start a MARAC referral')");
        page.waitForURL("**/tasks");
        check(page);
        page.context().close();

        Page referrer = browser.signIn("referrer.police");
        referrer.click("text=Referrals");
        referrer.click("tr:has-text('Nadia Keyboard') >> text=Continue draft");
        referrer.waitForURL("**/tasks");
        openSection(referrer, "Victim");
        assertEquals("Keyboard", referrer.inputValue("#lastName"));
        referrer.fill("#address", "3 Mill Lane");
        referrer.fill("#town", "Bedford");
        referrer.fill("#postcode", "MK40 1AA");
        saveAndContinue(referrer);
        openSection(referrer, "Risk checklist");
        assertTrue(referrer.isChecked("input[name='answer-threats-to-kill'][value=YES]"), "the call's answer is carried over");
        assertTrue(referrer.isChecked("input[name='answer-injury'][value=NO]"));
        for (var radio : referrer.locator("input[type=radio][value=NO]").all()) {
            String name = radio.getAttribute("name");
            if (referrer.locator("input[name='" + name + "']:checked").count() == 0) {
                radio.check();
            }
        }
        saveAndContinue(referrer);
        openSection(referrer, "Referral criteria");
        referrer.check("#professionalJudgement");
        referrer.fill("#professionalJudgementReasons", "Threats to kill after separation; escalating.");
        saveAndContinue(referrer);
        openSection(referrer, "Consent to share information");
        referrer.check("input[name=consent][value=GIVEN]");
        saveAndContinue(referrer);
        referrer.click("text=Check your answers");
        check(referrer);
        assertTrue(referrer.content().contains("Police call CALL-"), "the call is named in the incident summary");
        referrer.click("text=Submit referral");
        referrer.waitForURL("**/confirmation");
        String reference = referrer.textContent("[data-testid=reference]").trim();
        referrer.context().close();

        Page coordinator = browser.signIn("coordinator");
        coordinator.click("text=Screening");
        coordinator.click("text=" + reference);
        coordinator.click("text=Accept for the conference");
        coordinator.waitForURL("**/cases/**?done=ACCEPTED");
        assertTrue(coordinator.textContent("h1").contains("Accepted"));
        coordinator.context().close();

        assertEquals(List.of(), violations);
    }
}
