package org.roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Search and start pages (issue 17): finding a case by the start of a surname alone, Start a referral preselecting
 * the conference the user usually refers to, and a call handler changing the domestic abuse answer without losing
 * the answers given. axe runs on each state.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class FindAndStartIT extends BrowserJourney {

    /** A surname no demo person has, in letters only (names are matched without digits' help). */
    private static String unusualSurname() {
        StringBuilder name = new StringBuilder("Zyx");
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    @Test
    void aCoordinatorFindsACaseByTheStartOfTheSurnameAlone() {
        String surname = unusualSurname();
        String reference = ItCases.accepted("referrer.police", "Nadia", surname).reference();

        Page page = browser.signIn("coordinator");
        page.click("nav >> text=Find a case");
        page.waitForURL("**/cases/search");
        check(page);
        assertTrue(page.textContent("legend").contains("Date of birth (optional)"));

        page.fill("#lastName", "Z");
        page.click("button:has-text('Search')");
        page.waitForURL("**lastName=Z**");
        assertTrue(page.textContent(".govuk-error-summary").contains("Enter at least 2 letters of the last name, or a reference number"));
        assertEquals("Z", page.inputValue("#lastName"), "what was typed is kept");
        check(page);

        page.fill("#lastName", surname.substring(0, 7).toLowerCase());
        page.click("button:has-text('Search')");
        page.waitForSelector("[data-testid=results]");
        String results = page.textContent("[data-testid=results]");
        assertTrue(results.contains(reference), results);
        assertTrue(results.contains("Nadia " + surname + ", born 3 February 1991"), results);
        check(page);
        page.click("text=" + reference);
        page.waitForURL("**/cases/**");
        assertTrue(page.textContent("h1").contains(reference) || page.content().contains(reference));
        page.context().close();

        assertEquals(List.of(), violations);
    }

    @Test
    void startAReferralPreselectsTheUsualConferenceAndAllowsAnother() {
        Page isva = browser.signIn("isva");
        isva.click("text=Refer a victim to SARAC");
        isva.waitForURL("**/referrals/new");
        check(isva);
        assertTrue(isva.isChecked("input[name=kind][value=SARAC]"), "SARAC is chosen for an ISVA");
        assertFalse(isva.isChecked("input[name=kind][value=MARAC]"));
        assertTrue(isva.textContent("#kind-hint").contains("You can choose another"));
        isva.check("input[name=kind][value=ASBRAC]");
        isva.click("button:has-text('Start')");
        isva.waitForURL("**/tasks");
        assertTrue(isva.content().contains("ASBRAC"), "another conference can still be chosen");
        check(isva);
        isva.context().close();

        Page idva = browser.signIn("idva");
        idva.navigate(BrowserSession.APP + "/referrals/new");
        assertTrue(idva.isChecked("input[name=kind][value=MARAC]"), "MARAC is chosen for an IDVA");
        check(idva);
        idva.context().close();

        Page police = browser.signIn("referrer.police");
        police.navigate(BrowserSession.APP + "/referrals/new");
        assertTrue(police.isChecked("input[name=kind][value=MARAC]"), "MARAC is chosen for the police referrer");
        police.context().close();

        assertEquals(List.of(), violations);
    }

    @Test
    void changingTheDomesticAbuseAnswerKeepsTheAnswersGiven() {
        Page page = browser.signIn("callhandler");
        page.click("text=Call triage");
        page.click("button:has-text('Start a call')");
        page.waitForURL("**/danger");
        String base = page.url().replaceAll("/danger$", "");
        answer(page, "NO");
        page.fill("#firstName", "Rae");
        page.fill("#lastName", unusualSurname());
        page.click("button:has-text('Continue')");
        page.waitForURL("**/relationship");
        answer(page, "YES");
        assertTrue(page.url().endsWith("/questions/injured"), page.url());
        answer(page, "YES");
        answer(page, "YES");
        assertTrue(page.url().endsWith("/questions/threats-to-kill"), page.url());

        // Change the answer to "not domestic abuse": the ASB questions start; the danger and caller answers stay.
        page.navigate(base + "/relationship");
        check(page);
        answer(page, "NO");
        assertTrue(page.url().endsWith("/questions/reported-before"), page.url());
        check(page);

        // Change it back: the call carries on at the first domestic abuse question not yet answered.
        page.navigate(base + "/relationship");
        assertTrue(page.isChecked("input[name=answer][value=NO]"));
        answer(page, "YES");
        assertTrue(page.url().endsWith("/questions/threats-to-kill"), "the two answers given are kept: " + page.url());
        assertTrue(page.textContent("[data-testid=progress]").contains("Question 6 of 11"));
        check(page);
        while (page.url().contains("/questions/")) {
            answer(page, "NO");
        }
        assertTrue(page.url().endsWith("/result"), page.url());
        assertEquals("Medium (score 2)", page.textContent("[data-testid=band]").trim());
        check(page);

        // From the result, "About" can be changed too, and changing back finds the whole call again.
        page.click("[data-testid=about] ~ dd a");
        page.waitForURL("**/relationship");
        answer(page, "NO");
        page.navigate(base + "/relationship");
        answer(page, "YES");
        assertTrue(page.url().endsWith("/result"), "every answer still applies, so the result is back: " + page.url());
        assertEquals("Medium (score 2)", page.textContent("[data-testid=band]").trim());
        check(page);
        page.context().close();

        assertEquals(List.of(), violations);
    }

    /** Chooses an answer on a question page and continues, waiting for the next page. */
    private static void answer(Page page, String value) {
        String before = page.url();
        page.check("input[name=answer][value=" + value + "]");
        page.click("button:has-text('Continue')");
        page.waitForURL(url -> !url.equals(before));
    }
}
