package org.roundtable.it;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium driven by Playwright, with the flags this machine needs (see docs/development.md). */
final class BrowserSession implements AutoCloseable {

    static final String APP = "http://localhost:8081";
    /** How long an action, navigation or assertion may wait for the state it needs: generous for a loaded 2-core machine. */
    static final int PATIENCE_MS = 60_000;

    private final Playwright playwright;
    final com.microsoft.playwright.Browser browser;

    BrowserSession() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh browser profile, signed in through the real Keycloak login page. */
    Page signIn(String username) {
        Page page = newPage();
        page.navigate(APP + "/");
        page.fill("#username", username);
        page.fill("#password", KeycloakAdmin.PASSWORD);
        page.click("#kc-login");
        page.waitForURL(APP + "/**");
        return page;
    }

    /** A page in a fresh browser profile, not signed in. */
    Page newPage() {
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(PATIENCE_MS);
        return context.newPage();
    }

    /** Serious and critical accessibility violations on the page, as "rule: description". */
    static List<String> seriousAccessibilityViolations(Page page) {
        return new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserSession::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getDescription() + " " + rule.getNodes().stream().map(n -> n.getHtml()).toList();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
