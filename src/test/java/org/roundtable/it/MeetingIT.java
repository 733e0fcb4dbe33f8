package org.roundtable.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A coordinator publishes an agenda, an agency shares what it holds, and the chair runs a short meeting to minutes. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class MeetingIT extends BrowserJourney {

    /**
     * Types notes and waits for the autosave that follows (not for a time): the answer is the state change the test
     * is about, and a request that never comes back fails here with what the page said, not 30 s later elsewhere.
     */
    private static void autosave(Page page, String section, String notes, int expectedStatus) {
        List<String> failed = new ArrayList<>();
        java.util.function.Consumer<Request> recordFailure = request -> failed.add(request.url() + ": " + request.failure());
        page.onRequestFailed(recordFailure);
        Response answer;
        try {
            answer = page.waitForResponse(notesPost(), () -> page.fill(section + " textarea[name=notes]", notes));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("no autosave answer; the page says: " + page.textContent(section + " [data-save-status]")
                    + "; failed requests: " + failed, e);
        } finally {
            page.offRequestFailed(recordFailure);
        }
        assertEquals(expectedStatus, answer.status(), "autosave answered: " + answer.text());
    }

    private static java.util.function.Predicate<Response> notesPost() {
        return response -> response.url().contains("/run/cases/") && response.url().endsWith("/notes")
                && "POST".equals(response.request().method());
    }

    /**
     * Clicks a section's button and waits until the section has been replaced by the server's answer (the old one is
     * marked first) and shows the expected text: the time a person waits for one meeting-mode action, in ms.
     */
    private static long timed(Page page, String section, String button, String part, String expected) {
        page.locator(section).evaluate("el => el.setAttribute('data-old', '')");
        String replaced = section + ":not([data-old])" + part;
        String target = section + " button:has-text('" + button + "')";
        // Playwright waits before a click until the button has stopped moving, measured over animation frames, which a
        // page in a background tab gets about once a second: the page timed is brought to the front, and the clock
        // starts once the button is still.
        page.bringToFront();
        page.locator(target).scrollIntoViewIfNeeded();
        long start = System.nanoTime();
        page.click(target);
        // A selector wait, which the page checks as it changes: an assertion's retries back off to a second apart,
        // which measured its own polling (a median of about 2 s) rather than the wait a person has.
        page.waitForSelector(expected.isEmpty() ? replaced : replaced + ":has-text(\"" + expected + "\")",
                new Page.WaitForSelectorOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        long waited = (System.nanoTime() - start) / 1_000_000;
        assertThat(page.locator(replaced)).containsText(expected);
        return waited;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Paths.get("target", "screenshots", name + ".png")));
    }

    @Test
    void aShortMeetingRunsFromAgendaToApprovedMinutes() {
        browser.signIn("chair").context().close();
        browser.signIn("spoc.housing").context().close();
        String reference = ItCases.accepted("referrer.housing", "Olivia", "Meetingjourney").reference();
        LocalDate day = LocalDate.now().plusDays(3);

        Page coordinator = browser.signIn("coordinator");
        coordinator.click("nav >> text=Meetings");
        check(coordinator);
        coordinator.click("text=Set up a meeting");
        check(coordinator);
        coordinator.check("input[name=kind][value=MARAC]");
        coordinator.fill("[name=date-day]", String.valueOf(day.getDayOfMonth()));
        coordinator.fill("[name=date-month]", String.valueOf(day.getMonthValue()));
        coordinator.fill("[name=date-year]", String.valueOf(day.getYear()));
        coordinator.fill("#time", "10:00");
        coordinator.fill("#venue", "Priory House, Chicksands");
        coordinator.selectOption("#chairSubject", new com.microsoft.playwright.options.SelectOption().setIndex(1));
        coordinator.click("button:has-text('Set up the meeting')");
        coordinator.waitForURL("**/meetings/**?created=1");
        check(coordinator);
        assertTrue(coordinator.textContent("[data-testid=agenda]").contains(reference), "the accepted case is proposed");
        coordinator.click("button:has-text('Publish the agenda')");
        coordinator.waitForURL("**?done=published");
        assertSuccessBanner(coordinator, "Agenda published");
        String meetingUrl = coordinator.url().replaceAll("\\?.*", "");
        coordinator.click("nav >> text=Mailbox");
        assertTrue(coordinator.textContent("[data-testid=mails]").contains("agenda published"), "the SPOC was emailed");
        check(coordinator);
        coordinator.context().close();

        Page spoc = browser.signIn("spoc.housing");
        spoc.navigate(meetingUrl);
        check(spoc);
        spoc.click("tr:has-text('" + reference + "') >> text=Share what your agency holds");
        check(spoc);
        spoc.check("input[name=known][value=true]");
        spoc.fill("#summary", "Tenant since 2019; neighbours reported shouting twice in November.");
        spoc.fill("#risks", "Perpetrator has keys to the property.");
        spoc.click("button:has-text('Save')");
        spoc.waitForURL("**?done=research");
        assertSuccessBanner(spoc, "Research shared. The coordinator and the chair can now read it.");
        spoc.context().close();

        Page chair = browser.signIn("chair");
        chair.navigate(meetingUrl + "/run");
        check(chair);
        chair.click("button:has-text('Start the meeting')");
        chair.waitForURL("**/run#attendance");
        chair.selectOption("#agency", "HOUSING");
        chair.fill("#name", "Aisha Rahman");
        chair.click("button:has-text('Add attendee')");
        assertThat(chair.locator("[data-testid=attendees]")).containsText("Aisha Rahman");
        chair.click("button:has-text('Record acknowledgement')");
        assertThat(chair.locator("[data-testid=attendees]")).containsText("Acknowledged");
        check(chair);

        String section = "section:has(h2:has-text('" + reference + "'))";
        assertTrue(chair.textContent(section).contains("neighbours reported shouting"), "the agency's information is shown");
        autosave(chair, section, "Police: bail conditions end Friday. Housing to change the locks.", 200);
        assertThat(chair.locator(section + " [data-save-status]")).hasText("Saved");
        chair.reload();
        assertEquals("Police: bail conditions end Friday. Housing to change the locks.",
                chair.inputValue(section + " textarea[name=notes]"), "autosaved notes survive a reload");

        // A coordinator with the page open types over notes the chair saved meanwhile: nothing is replaced unknowingly.
        Page coordinatorRoom = browser.signIn("coordinator");
        coordinatorRoom.navigate(meetingUrl + "/run");
        autosave(chair, section, "Police: bail conditions end Friday. Housing to change the locks. IDVA to call.", 200);
        assertThat(chair.locator(section + " [data-save-status]")).hasText("Saved");
        // The coordinator's page still holds the version before the chair's save: the server refuses it with 409.
        autosave(coordinatorRoom, section, "Coordinator: MARAC date moved.", 409);
        assertThat(coordinatorRoom.locator(section + " [data-their-notes]")).containsText("IDVA to call.");
        assertThat(coordinatorRoom.locator(section + " [data-save-status]")).containsText("Merge them");
        chair.reload();
        assertTrue(chair.inputValue(section + " textarea[name=notes]").endsWith("IDVA to call."), "the chair's notes were not replaced");
        coordinatorRoom.fill(section + " textarea[name=notes]", "Police: bail conditions end Friday. Housing to change the locks. "
                + "IDVA to call. Coordinator: MARAC date moved.");
        Response saved = coordinatorRoom.waitForResponse(notesPost(),
                () -> coordinatorRoom.click(section + " button:has-text('Save notes')"));
        assertEquals(200, saved.status(), "saved knowingly; the page's script puts the case's section back in place");
        coordinatorRoom.context().close();
        chair.reload();
        assertTrue(chair.inputValue(section + " textarea[name=notes]").endsWith("Coordinator: MARAC date moved."),
                "saving knowingly after merging replaces the notes");
        LocalDate due = LocalDate.now().plusDays(14);

        // One case at a time, with the screen for the room following the chair.
        chair.locator("li:has-text('" + reference + "') >> text=one at a time").click();
        chair.waitForURL("**/run/cases/**");
        assertThat(chair.locator("[data-testid=agenda-side]")).containsText(reference);
        assertThat(chair.locator("section.rt-case")).hasCount(1);
        check(chair);
        Page screen = chair.context().newPage();
        screen.navigate(meetingUrl + "/present");
        assertThat(screen.locator("[data-testid=present-heading]")).containsText("No case on the screen yet");
        check(screen);
        chair.click("button:has-text('Show this case on the screen')");
        assertThat(chair.locator("[data-testid=hearing]")).containsText("On the screen");
        // The screen polls a small stamp and reloads when the chair has moved on: wait for the state, not a time.
        assertThat(screen.locator("[data-testid=present-heading]")).containsText(reference);
        check(screen);
        screenshot(screen, "meeting-present");
        screenshot(chair, "meeting-case-view");

        // 30 meeting-mode actions, each answered with the case's section alone: timed from the click to the new state.
        List<Long> timings = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            chair.selectOption(section + " select[name=owner]", "HOUSING");
            chair.fill(section + " input[name=description]", "Timed action " + i);
            chair.fill(section + " input[name=dueOn-day]", String.valueOf(due.getDayOfMonth()));
            chair.fill(section + " input[name=dueOn-month]", String.valueOf(due.getMonthValue()));
            chair.fill(section + " input[name=dueOn-year]", String.valueOf(due.getYear()));
            timings.add(timed(chair, section, "Add action", " [data-testid^=actions-]", "Timed action " + i));
            String notes = "Police: bail conditions end Friday. Timed save " + i + ".";
            chair.fill(section + " textarea[name=notes]", notes);
            timings.add(timed(chair, section, "Save notes", " [data-save-status]", ""));
            assertEquals(notes, chair.inputValue(section + " textarea[name=notes]"));
        }
        List<Long> sorted = timings.stream().sorted().toList();
        System.out.printf("Meeting mode, %d actions without reloads: median %.2f s, slowest %.2f s (issue 17, before meeting mode answered in place: median 0.87 s, slowest 2.0 s)%n",
                sorted.size(), (sorted.get(14) + sorted.get(15)) / 2000.0, sorted.get(sorted.size() - 1) / 1000.0);
        @SuppressWarnings("unchecked")
        List<Number> exchanges = (List<Number>) chair.evaluate("() => window.roundtableTimings");
        List<Double> fetches = exchanges.stream().map(Number::doubleValue).sorted().toList();
        System.out.printf("  of which the page's own fetch and swap (meeting-mode.js): median %.2f s, slowest %.2f s, %d exchanges%n",
                fetches.get(fetches.size() / 2) / 1000, fetches.get(fetches.size() - 1) / 1000, fetches.size());
        assertEquals(30, sorted.size());
        check(chair);

        chair.selectOption(section + " select[name=owner]", "HOUSING");
        chair.fill(section + " input[name=description]", "Change the locks and fit a door entry system");
        chair.fill(section + " input[name=dueOn-day]", String.valueOf(due.getDayOfMonth()));
        chair.fill(section + " input[name=dueOn-month]", String.valueOf(due.getMonthValue()));
        chair.fill(section + " input[name=dueOn-year]", String.valueOf(due.getYear()));
        chair.click(section + " button:has-text('Add action')");
        assertThat(chair.locator(section + " [data-testid^=actions-]")).containsText("Change the locks and fit a door entry system");
        chair.check(section + " input[name=decision][value=CLOSED]");
        chair.fill(section + " input[name=decisionReason]", "Victim moved to a refuge");
        chair.fill(section + " input[name=minutesSpent]", "12");
        chair.click(section + " button:has-text('Record the decision')");
        assertThat(chair.locator(section + " [data-testid^=decision-]")).containsText("Victim moved to a refuge");
        check(chair);
        assertThat(screen.locator("[data-testid=present-decision]")).containsText("Close");
        screen.close();
        chair.navigate(meetingUrl + "/run");
        // Cases other tests left on the agenda are closed too, so that the meeting can end.
        Locator undecided = chair.locator("button:has-text('Record the decision')");
        for (int left = undecided.count(); left > 0; left--) {
            Locator other = chair.locator("section:has(button:has-text('Record the decision'))").first();
            other.locator("input[value=CLOSED]").check();
            other.locator("input[name=decisionReason]").fill("Risk reduced");
            other.locator("button:has-text('Record the decision')").click();
            assertThat(undecided).hasCount(left - 1);
        }
        chair.click("button:has-text('End the meeting')");
        chair.waitForURL("**/minutes");
        check(chair);
        assertTrue(chair.textContent("[data-testid=minutes]").contains("Aisha Rahman"));
        assertTrue(chair.content().contains("Change the locks and fit a door entry system"));
        chair.click("button:has-text('Approve the minutes')");
        chair.waitForURL("**/minutes?done=approved");
        assertSuccessBanner(chair, "Minutes approved.");
        assertTrue(chair.textContent("h1").contains("Approved"));
        Download pdf = chair.waitForDownload(() -> chair.click("text=Download the minutes (PDF)"));
        try {
            byte[] bytes = Files.readAllBytes(pdf.path());
            assertTrue(new String(bytes, 0, 5).startsWith("%PDF"), "a PDF came out");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        check(chair);
        chair.context().close();

        assertEquals(List.of(), violations);
    }
}
