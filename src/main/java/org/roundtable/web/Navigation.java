package org.roundtable.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.roundtable.agency.AgencyNames;
import org.roundtable.user.CurrentUser;
import org.roundtable.user.Role;

/** The header of every page: who is signed in, for which agency, and the links their roles allow. */
@Named("nav")
@RequestScoped
public class Navigation {

    public record Item(String label, String href, boolean current) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AgencyNames agencyNames;

    @Inject
    HttpServerRequest request;

    public boolean signedIn() {
        return currentUser.signedIn();
    }

    /** Whether links to the administration pages lead anywhere for this user (other pages name who can do it instead). */
    public boolean administers() {
        return currentUser.hasRole(Role.ADMIN);
    }

    public String userName() {
        return currentUser.displayName();
    }

    public String agencyName() {
        // A role refused before the resource runs is answered on the I/O thread, where the database must not be used.
        boolean mayReadDatabase = !io.vertx.core.Context.isOnEventLoopThread();
        return currentUser.agencyCode()
                .map(code -> mayReadDatabase ? nameOrCode(code) : code)
                .orElse("No agency");
    }

    // The 503 page says the database cannot be reached; its header must not need the database to be drawn.
    private String nameOrCode(String code) {
        try {
            return agencyNames.nameOf(code);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return code;
            }
            throw e;
        }
    }

    /** Where a case page leads back to: the list this user most likely came from. */
    public Item caseHome() {
        if (currentUser.hasRole(Role.COORDINATOR)) {
            return new Item("Back to screening", "/cases/screening", false);
        }
        if (currentUser.hasRole(Role.REFERRER) || currentUser.hasRole(Role.IDVA) || currentUser.hasRole(Role.ISVA)
                || currentUser.hasRole(Role.CALL_HANDLER)) {
            return new Item("Back to referrals", "/referrals", false);
        }
        return new Item("Back to meetings", "/meetings", false);
    }

    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.add(item("Home", "/"));
        boolean refers = currentUser.hasRole(Role.REFERRER) || currentUser.hasRole(Role.IDVA) || currentUser.hasRole(Role.ISVA)
                || currentUser.hasRole(Role.CALL_HANDLER);
        if (currentUser.hasRole(Role.CALL_HANDLER)) {
            items.add(item("Call triage", "/triage"));
        }
        if (refers) {
            items.add(item("Referrals", "/referrals"));
        }
        if (currentUser.hasRole(Role.COORDINATOR)) {
            items.add(item("Screening", "/cases/screening"));
        }
        if (currentUser.hasRole(Role.IDVA) || currentUser.hasRole(Role.ISVA)) {
            items.add(item("Caseload", "/caseload"));
        }
        if (refers || currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.CHAIR)
                || currentUser.hasRole(Role.AGENCY_SPOC)) {
            items.add(item("Meetings", "/meetings"));
            items.add(item("Find a case", "/cases/search"));
        }
        if (currentUser.hasRole(Role.AGENCY_SPOC)) {
            items.add(new Item("Agency actions", "/actions", request.path().equals("/actions")));
        }
        if (refers || currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.CHAIR) || currentUser.hasRole(Role.AGENCY_SPOC)) {
            items.add(item("My actions", "/actions/mine"));
        }
        if (currentUser.hasRole(Role.COORDINATOR)) {
            items.add(item("Actions by agency", "/actions/summary"));
            items.add(item("Lookups from elsewhere", "/lookups"));
            items.add(item("Retention", "/retention"));
        }
        if (currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.CHAIR) || currentUser.hasRole(Role.ADMIN)
                || currentUser.hasRole(Role.AUDITOR)) {
            items.add(item("Reports", "/reports"));
        }
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COORDINATOR)) {
            items.add(item("Mailbox", "/mailbox"));
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            items.add(item("Agencies", "/admin/agencies"));
            items.add(item("Conference membership", "/admin/conference-kinds"));
            items.add(item("Users", "/admin/users"));
            items.add(item("Checklists", "/admin/checklists"));
            items.add(item("Settings", "/admin/settings"));
            items.add(item("Matching model", "/admin/matching"));
            items.add(item("Bank holidays", "/admin/bank-holidays"));
            items.add(item("Return settings", "/admin/marac-data-return"));
        }
        if (currentUser.hasRole(Role.AUDITOR)) {
            items.add(item("Audit log", "/audit"));
            items.add(item("Unusual activity", "/lookups/unusual-activity"));
        }
        return items;
    }

    private Item item(String label, String href) {
        String path = request.path();
        boolean current = href.equals("/") ? path.equals("/") : path.startsWith(href);
        return new Item(label, href, current);
    }
}
