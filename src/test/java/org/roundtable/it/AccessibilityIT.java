package org.roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What keyboard and magnifier users met (issue 17): error summary links put focus on the first radio or the day field,
 * wide tables scroll in their own box at 320 px instead of the page, and the triage result focuses its heading.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class AccessibilityIT extends BrowserJourney {

    private static final String FOCUSED = "() => document.activeElement.tagName + '#' + document.activeElement.id";

    /** Follows every in-page link of the error summary; for each link's text, where focus landed ("INPUT#dob"). */
    private Map<String, String> followErrorLinks(Page page) {
        check(page);
        Locator links = page.locator(".govuk-error-summary__list a[href^='#']");
        assertTrue(links.count() > 0, "the page shows errors: " + page.url());
        Map<String, String> focus = new LinkedHashMap<>();
        for (int i = 0; i < links.count(); i++) {
            Locator link = links.nth(i);
            link.click();
            focus.put(link.textContent().trim(), (String) page.evaluate(FOCUSED));
        }
        focus.forEach((text, element) -> assertTrue(element.matches("(INPUT|SELECT|TEXTAREA)#.+"),
                "'" + text + "' leaves focus on a control, not " + element + " (" + page.url() + ")"));
        return focus;
    }

    /** Sends a form that should come back with errors, and waits for its error summary. */
    private static void submit(Page page, String button) {
        page.click(button);
        page.locator(".govuk-error-summary").waitFor();
    }

    private static void nameWithAnImpossibleBirthday(Page page) {
        page.fill("#firstName", "Focus");
        page.fill("#lastName", "Linkfollow");
        page.fill("[name=dob-day]", "31");
        page.fill("[name=dob-month]", "2");
        page.fill("[name=dob-year]", "1990");
    }

    @Test
    void everyErrorLinkOfTriageReferralAndMeetingFormsPutsFocusOnAControl() {
        Page call = browser.signIn("callhandler");
        call.navigate(BrowserSession.APP + "/triage");
        call.click("button:has-text('Start a call')");
        call.waitForURL("**/danger");
        submit(call, "button:has-text('Continue')");
        assertEquals("INPUT#answer", followErrorLinks(call).values().iterator().next(), "immediate danger: the first radio");
        call.check("input[name=answer][value=NO]");
        call.click("button:has-text('Continue')");
        call.waitForURL("**/caller");
        nameWithAnImpossibleBirthday(call);
        submit(call, "button:has-text('Continue')");
        assertTrue(followErrorLinks(call).containsValue("INPUT#dob"), "date of birth: the day field");
        call.fill("[name=dob-day]", "");
        call.fill("[name=dob-month]", "");
        call.fill("[name=dob-year]", "");
        call.click("button:has-text('Continue')");
        call.waitForURL("**/relationship");
        submit(call, "button:has-text('Continue')");
        assertEquals("INPUT#answer", followErrorLinks(call).values().iterator().next(), "the domestic abuse question: the first radio");
        call.check("input[name=answer][value=YES]");
        call.click("button:has-text('Continue')");
        call.waitForURL("**/questions/**");
        while (call.url().contains("/questions/")) {
            String before = call.url();
            call.check("input[name=answer][value=NO]");
            call.click("button:has-text('Continue')");
            call.waitForURL(url -> !url.equals(before));
        }
        assertTrue(call.url().endsWith("/result"), call.url());
        check(call);
        assertEquals("H1#result-heading", call.evaluate(FOCUSED), "the result's heading has focus when the page opens");
        assertTrue((Boolean) call.evaluate("() => !!(document.querySelector('#notes').compareDocumentPosition("
                + "document.querySelector('a[href*=\"/questions/\"]')) & Node.DOCUMENT_POSITION_FOLLOWING)"),
                "'What the caller said happened' comes before the answers' Change links");
        call.context().close();

        Page referrer = browser.signIn("referrer.housing");
        referrer.navigate(BrowserSession.APP + "/referrals/new");
        submit(referrer, "button:has-text('Start')");
        assertEquals("INPUT#kind", followErrorLinks(referrer).values().iterator().next(), "conference choice: the first radio");
        referrer.check("input[name=kind][value=MARAC]");
        referrer.click("button:has-text('Start')");
        referrer.waitForURL("**/tasks");
        String tasks = referrer.url();
        referrer.navigate(tasks.replace("/tasks", "/sections/victim"));
        nameWithAnImpossibleBirthday(referrer);
        submit(referrer, "button[value=done]");
        assertTrue(followErrorLinks(referrer).containsValue("INPUT#dob"), "the victim's date of birth: the day field");

        referrer.navigate(tasks.replace("/tasks", "/sections/checklist"));
        check(referrer);
        referrer.click("button[value=later]");
        referrer.waitForURL("**/tasks");
        assertEquals(0, referrer.locator(".govuk-error-summary").count(), "an unfinished checklist saves without errors");
        referrer.navigate(tasks.replace("/tasks", "/sections/checklist"));
        String firstQuestion = referrer.locator("input[type=radio]").first().getAttribute("id");
        submit(referrer, "button[value=done]");
        Map<String, String> checklist = followErrorLinks(referrer);
        assertEquals(1, checklist.size(), "unanswered questions are one line: " + checklist);
        assertEquals(Map.of("24 questions not answered", "INPUT#" + firstQuestion), checklist);

        referrer.navigate(tasks.replace("/tasks", "/sections/consent"));
        submit(referrer, "button[value=done]");
        assertTrue(followErrorLinks(referrer).values().iterator().next().startsWith("INPUT#consent"), "consent: the first radio");
        referrer.context().close();

        Page coordinator = browser.signIn("coordinator");
        coordinator.navigate(BrowserSession.APP + "/meetings/new");
        submit(coordinator, "button:has-text('Set up the meeting')");
        Map<String, String> meeting = followErrorLinks(coordinator);
        assertTrue(meeting.containsValue("INPUT#date"), "the meeting's date: the day field " + meeting);
        coordinator.context().close();

        assertEquals(List.of(), violations);
    }

    @Test
    void theAgendaTheScreeningQueueAndTheAuditLogDoNotScrollSidewaysAt320Pixels() {
        browser.signIn("chair").context().close(); // a chair is offered once they have signed in
        ItCases.accepted("referrer.housing", "Reflow", "Narrowscreen");
        ItCases.submitted("referrer.housing", "Queue", "Narrowscreen");
        LocalDate day = LocalDate.now().plusDays(5);

        Page coordinator = browser.signIn("coordinator");
        coordinator.navigate(BrowserSession.APP + "/meetings/new");
        if (coordinator.locator("input[name=kind][value=MARAC]").count() > 0) {
            coordinator.check("input[name=kind][value=MARAC]");
        }
        coordinator.fill("[name=date-day]", String.valueOf(day.getDayOfMonth()));
        coordinator.fill("[name=date-month]", String.valueOf(day.getMonthValue()));
        coordinator.fill("[name=date-year]", String.valueOf(day.getYear()));
        coordinator.fill("#time", "10:00");
        coordinator.fill("#venue", "Priory House, Chicksands");
        coordinator.selectOption("#chairSubject", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        coordinator.click("button:has-text('Set up the meeting')");
        coordinator.waitForURL("**/meetings/**?created=1");
        String agenda = coordinator.url();

        List<String> tooWide = new ArrayList<>();
        coordinator.setViewportSize(320, 640);
        for (String path : List.of(agenda, BrowserSession.APP + "/cases/screening")) {
            coordinator.navigate(path);
            measure(coordinator, tooWide);
        }
        coordinator.context().close();

        Page auditor = browser.signIn("auditor");
        auditor.setViewportSize(320, 640);
        auditor.navigate(BrowserSession.APP + "/audit");
        measure(auditor, tooWide);
        auditor.context().close();

        assertEquals(List.of(), tooWide);
        assertEquals(List.of(), violations);
    }

    /** Notes the page if it is wider than its 320 px window, and checks it with axe. */
    private void measure(Page page, List<String> tooWide) {
        page.locator("table").first().waitFor();
        check(page);
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        System.out.println("Width at 320 px of " + page.title() + ": " + width);
        if (width > 320) {
            tooWide.add(page.title() + ": " + width + " px");
        }
    }
}
