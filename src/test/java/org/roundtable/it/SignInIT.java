package org.roundtable.it;

import static io.restassured.RestAssured.given;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged application against the real Keycloak, driven through Debian's Chromium. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class SignInIT extends BrowserJourney {

    @Test
    void aReferrerSignsInThroughKeycloakSeesTheirAgencyAndSignsOut() {
        Page page = browser.signIn("referrer.police");

        assertEquals("Your start page - Roundtable", page.title());
        assertTrue(page.textContent("h1").contains("Hello, Tom Evans"));
        assertEquals("Bedfordshire Police (POLICE)", page.textContent("[data-testid=agency]").trim());
        assertEquals("Referrer", page.textContent("[data-testid=roles]").trim());
        assertEquals(List.of(), BrowserSession.seriousAccessibilityViolations(page));

        page.click("text=Sign out");
        page.waitForURL(BrowserSession.APP + "/signed-out**");
        assertTrue(page.textContent("h1").contains("You have signed out"));
        page.navigate(BrowserSession.APP + "/");
        assertTrue(page.url().startsWith(KeycloakTestResource.URL), "signed out: the start page asks to sign in again");
        page.context().close();
    }

    @Test
    void aSignInIsRecordedAndTheAuditorFindsIt() {
        browser.signIn("spoc.housing").context().close();
        String auditor = KeycloakAdmin.accessToken("auditor");
        // The sign-in is recorded asynchronously: ask until it is there, for as long as the browser would wait.
        Instant deadline = Instant.now().plus(Duration.ofMillis(BrowserSession.PATIENCE_MS));
        List<String> actions = List.of();
        while (Instant.now().isBefore(deadline) && !actions.contains("user.sign-in")) {
            actions = given().auth().oauth2(auditor).queryParam("user", "Aisha Rahman").queryParam("agency", "HOUSING")
                    .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("action");
        }
        assertTrue(actions.contains("user.sign-in"), "sign-in audited: " + actions);

        given().auth().oauth2(KeycloakAdmin.accessToken("admin")).get("/api/v1/users").then().statusCode(200)
                .body("find { it.username == 'spoc.housing' }.agencyCode", equalTo("HOUSING"))
                .body("find { it.username == 'spoc.housing' }.roles", equalTo(List.of("agency-spoc")));
    }

    @Test
    void theApiTakesKeycloakBearerTokensAndChecksRoles() {
        given().get("/api/v1/agencies").then().statusCode(401);
        given().auth().oauth2(KeycloakAdmin.accessToken("referrer.housing")).get("/api/v1/agencies").then().statusCode(403);
        given().auth().oauth2(KeycloakAdmin.accessToken("admin")).get("/api/v1/agencies").then().statusCode(200)
                .body("shortCode", hasItem("IDVA"));
        given().auth().oauth2(KeycloakAdmin.accessToken("spoc.children")).get("/api/v1/me").then().statusCode(200)
                .body("agency", equalTo("CSC")).body("name", equalTo("Laura Bennett"));
    }

    @Test
    void theAdministrationAuditAndCoordinatorListPagesHaveNoSeriousAccessibilityViolations() {
        Map<String, List<String>> pagesByUser = Map.of(
                "admin", List.of("/admin/agencies", "/admin/agencies/new", "/admin/conference-kinds", "/admin/users", "/admin/checklists",
                        "/admin/checklists/ASB_MATRIX", "/admin/settings", "/admin/settings/MARAC", "/mailbox"),
                "auditor", List.of("/audit", "/audit?user=admin", "/audit/chain"),
                "coordinator", List.of("/cases/screening", "/cases/search", "/cases/search?firstName=Amira&lastName=Hussain&dob-day=12"
                        + "&dob-month=4&dob-year=92", "/meetings", "/meetings/new"));
        for (var entry : pagesByUser.entrySet()) {
            Page page = browser.signIn(entry.getKey());
            for (String path : entry.getValue()) {
                page.navigate(BrowserSession.APP + path);
                assertTrue(page.title().endsWith("- Roundtable"), path + " is a Roundtable page: " + page.title());
                assertEquals(List.of(), BrowserSession.seriousAccessibilityViolations(page), path);
            }
            page.context().close();
        }
    }

    @Test
    void anAdministratorWhoSavesSettingsIsToldWhichWereSaved() {
        Page admin = browser.signIn("admin");
        admin.navigate(BrowserSession.APP + "/admin/settings/MARAC");
        // Saved as they stand, so the repeat rules other tests rely on do not change.
        admin.click("button:has-text('Save settings')");
        admin.waitForURL("**/admin/settings?saved=MARAC");
        assertSuccessBanner(admin, "MARAC settings saved");
        admin.context().close();
        assertEquals(List.of(), violations);
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        Page page = browser.newPage();
        page.navigate(BrowserSession.APP + "/");
        page.fill("#username", "former.user");
        page.fill("#password", KeycloakAdmin.PASSWORD);
        page.click("#kc-login");
        // Keycloak answers on its own page again: wait for what it says, not for a load that may be the first page's.
        assertThat(page.locator("body")).containsText(java.util.regex.Pattern.compile("disabled", java.util.regex.Pattern.CASE_INSENSITIVE));
        assertTrue(page.url().startsWith(KeycloakTestResource.URL), "still on Keycloak's page");
        page.context().close();
    }

    @Test
    void anAccountDisabledInKeycloakShowsAsInactiveToAdministrators() {
        browser.signIn("isva").context().close();
        KeycloakAdmin.setEnabled("isva", false);
        try {
            Page page = browser.signIn("admin");
            page.navigate(BrowserSession.APP + "/admin/users");
            page.click("text=Check accounts in Keycloak now");
            // The check calls Keycloak's admin API for every user; give it longer than a page load on a busy machine.
            page.waitForURL("**/admin/users?message=*", new Page.WaitForURLOptions().setTimeout(90_000));
            assertTrue(page.url().endsWith("message=checked"), "Keycloak was asked: " + page.url());
            String row = page.textContent("[data-testid=users] tr:has-text('Sam Patel')");
            assertTrue(row.contains("Inactive") && row.contains("ISVA"), row);
            assertEquals(List.of(), BrowserSession.seriousAccessibilityViolations(page));
            page.context().close();
        } finally {
            KeycloakAdmin.setEnabled("isva", true);
        }
    }

    @Test
    void aFormPostedAfterTheAccessTokenExpiredIsSavedAfterRefresh() throws InterruptedException {
        Page page = browser.signIn("admin");
        List<String> failures = new java.util.ArrayList<>();
        page.onRequestFailed(request -> failures.add(request.method() + " " + request.url() + ": " + request.failure()));
        String saved = "LBCASB";
        String firstAttempt = postAgencyAfterExpiry(page, saved);
        if (firstAttempt != null) {
            // Chromium here has, rarely, failed the post at the network level (a chrome-error page, nothing in the
            // application's or Keycloak's logs). A second post after another expiry tells such a glitch from a bug.
            System.out.println("First post after expiry failed in the browser: " + firstAttempt + " " + failures);
            saved = "LBCASB2";
            String secondAttempt = postAgencyAfterExpiry(page, saved);
            if (secondAttempt != null) {
                throw new AssertionError("not saved, twice: " + firstAttempt + " | " + secondAttempt + " | failed requests: " + failures);
            }
        }
        assertTrue(page.textContent(".govuk-notification-banner").contains("Agency " + saved + " saved"));
        assertTrue(page.textContent("[data-testid=agencies]").contains("Luton Borough Council ASB Team"));
        assertEquals(List.of(), BrowserSession.seriousAccessibilityViolations(page));
        page.context().close();
    }

    /** Fills the new-agency form, waits for the access token to expire, posts; returns null when saved, else where the browser is. */
    private static String postAgencyAfterExpiry(Page page, String code) throws InterruptedException {
        page.navigate(BrowserSession.APP + "/admin/agencies/new");
        page.fill("#name", "Luton Borough Council ASB Team");
        page.fill("#shortCode", code);
        page.selectOption("#type", "COUNCIL_ASB_TEAM");
        Thread.sleep((KeycloakTestResource.ACCESS_TOKEN_SECONDS + 3) * 1000L);
        page.click("button[type=submit]");
        try {
            page.waitForURL("**/admin/agencies?saved=" + code);
            return null;
        } catch (com.microsoft.playwright.TimeoutError e) {
            // page.content(), not a locator: the browser may be on Keycloak's or Chromium's own page, which has no <main>.
            String html = page.content();
            java.util.regex.Matcher error = java.util.regex.Pattern.compile("ERR_[A-Z_]+").matcher(html);
            return page.url() + (error.find() ? " (" + error.group() + ")" : "") + ": " + html.substring(0, Math.min(html.length(), 600));
        }
    }

    @Test
    void aScriptRequestAfterTheSessionEndedIsToldToSignInNotRedirected() {
        Page page = browser.signIn("coordinator");
        KeycloakAdmin.endSessions("coordinator");

        // The page keeps working until its access token expires and cannot be refreshed: ask, as a page script
        // would, until the answer is no longer the page, rather than sleeping for the token's lifetime.
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) page.evaluate("""
                async (patienceMs) => {
                  const deadline = Date.now() + patienceMs
                  for (;;) {
                    const r = await fetch('/', { headers: { 'X-Requested-With': 'JavaScript' }, redirect: 'manual' })
                    if (r.status !== 200 || Date.now() > deadline) return { status: r.status, challenge: r.headers.get('WWW-Authenticate') }
                    await new Promise(resolve => setTimeout(resolve, 500))
                  }
                }""", BrowserSession.PATIENCE_MS);
        assertEquals(499, ((Number) answer.get("status")).intValue(), "script requests are not redirected: " + answer);
        assertTrue(String.valueOf(answer.get("challenge")).contains("OIDC"), String.valueOf(answer));
        assertTrue(page.textContent("h1").contains("Hello, Ben Carter"), "the page and what it holds stay as they were");
        page.context().close();
    }
}
