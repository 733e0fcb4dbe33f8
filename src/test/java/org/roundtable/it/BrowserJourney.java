package org.roundtable.it;

import com.microsoft.playwright.Page;
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
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    /** Runs axe on the page and keeps its serious and critical violations for the test to assert at the end. */
    void check(Page page) {
        BrowserSession.seriousAccessibilityViolations(page).forEach(v -> violations.add(page.title() + ": " + v));
    }
}
