package org.roundtable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A coordinator adds an action to a case between meetings; housing's SPOC assigns it to a colleague, who marks it done. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class ActionInboxIT extends BrowserJourney {

    @Test
    void theSpocAssignsAnActionAndAColleagueMarksItDone() {
        // Grace Okafor (referrer.housing) is a colleague Roundtable knows once she has signed in.
        browser.signIn("referrer.housing").context().close();
        String caseId = ItCases.accepted("referrer.police", "Nadia", "Inboxjourney").id();
        String what = "Fit a door alarm for case " + caseId.substring(0, 8);
        LocalDate due = LocalDate.now().plusDays(10);

        Page coordinator = browser.signIn("coordinator");
        coordinator.navigate(BrowserSession.APP + "/cases/" + caseId);
        coordinator.click("text=Add an action");
        check(coordinator);
        coordinator.selectOption("#owner", "HOUSING");
        coordinator.fill("#description", what);
        coordinator.fill("[name=dueOn-day]", String.valueOf(due.getDayOfMonth()));
        coordinator.fill("[name=dueOn-month]", String.valueOf(due.getMonthValue()));
        coordinator.fill("[name=dueOn-year]", String.valueOf(due.getYear()));
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
        assertSuccessBanner(spoc, "Action assigned. The agency it is assigned to can see it in their actions.");
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
