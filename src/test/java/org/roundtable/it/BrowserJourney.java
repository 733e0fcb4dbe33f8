package org.roundtable.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A browser test class: one Chromium for the class, and the accessibility violations of the pages it checked. */
abstract class BrowserJourney {

    static BrowserSession browser;
    final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void openBrowser() {
        browser = new BrowserSession();
        // Assertions retry until the page reaches the state; on a loaded 2-core machine a post and its page take seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(BrowserSession.PATIENCE_MS);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    /**
     * The page says what the form that led to it did in one GOV.UK success banner, announced as an alert, not only by a
     * changed tag (issue 17); axe checks the page with the banner on it.
     */
    void assertSuccessBanner(Page page, String says) {
        Locator banner = page.locator(".govuk-notification-banner--success");
        assertThat(banner).hasCount(1);
        assertThat(banner).hasAttribute("role", "alert");
        assertThat(banner.locator(".govuk-notification-banner__heading")).containsText(says);
        check(page);
    }

    /** Runs axe on the page and keeps its serious and critical violations for the test to assert at the end. */
    void check(Page page) {
        BrowserSession.seriousAccessibilityViolations(page).forEach(v -> violations.add(page.title() + ": " + v));
    }
}
