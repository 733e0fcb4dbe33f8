package org.roundtable.web;

import java.util.List;
import java.util.Map;
import org.roundtable.user.Role;

/** What each role can do, as the start page lists it. A capability without a link is planned, not yet built. */
final class Capabilities {

    record Capability(String label, String href) {
        public boolean available() {
            return href != null;
        }
    }

    record RoleCapabilities(String role, String label, List<Capability> capabilities) {
    }

    private static final Map<String, List<Capability>> BY_ROLE = Map.of(
            Role.CALL_HANDLER, List.of(new Capability("Triage a domestic abuse or anti-social behaviour call", "/triage"),
                    new Capability("Turn a call into a pre-filled referral", "/triage")),
            Role.REFERRER, List.of(new Capability("Refer a victim to a conference", "/referrals/new"),
                    new Capability("Follow your agency's referrals", "/referrals"),
                    new Capability("Find a case by reference number or name", "/cases/search")),
            Role.IDVA, List.of(new Capability("Log contact with victims", "/caseload"), new Capability("Refer a victim to MARAC", "/referrals/new")),
            Role.ISVA, List.of(new Capability("Log contact with victims", "/caseload"), new Capability("Refer a victim to SARAC", "/referrals/new")),
            Role.AGENCY_SPOC, List.of(new Capability("See and close your agency's actions", "/actions"),
                    new Capability("Share your agency's information before a conference", "/meetings")),
            Role.CHAIR, List.of(new Capability("Run a conference meeting and approve its minutes", "/meetings")),
            Role.COORDINATOR, List.of(new Capability("Screen referrals", "/cases/screening"),
                    new Capability("Find a case", "/cases/search"), new Capability("Set up meetings, build agendas and publish minutes", "/meetings"),
                    new Capability("See the notices sent to agencies", "/mailbox"),
                    new Capability("Report to the partnership board", "/reports"),
                    new Capability("Record ASBRAC six-month reviews", "/six-month-reviews"),
                    new Capability("See ASBRAC and advocate outcomes", "/reports/outcomes")),
            Role.ADMIN, List.of(new Capability("Manage partner agencies", "/admin/agencies"),
                    new Capability("Choose which agencies attend each conference", "/admin/conference-kinds"),
                    new Capability("See users and assign conference kinds to coordinators and chairs", "/admin/users"),
                    new Capability("Publish new versions of the risk checklists", "/admin/checklists"),
                    new Capability("Set thresholds for escalation, repeats and the Community Trigger", "/admin/settings"),
                    new Capability("Switch the Community Trigger rules on or off", "/admin/community-trigger")),
            Role.AUDITOR, List.of(new Capability("Search the audit log and download it", "/audit")));

    private Capabilities() {
    }

    static List<RoleCapabilities> forRoles(List<String> roles) {
        return roles.stream().map(role -> new RoleCapabilities(role, Role.label(role), BY_ROLE.getOrDefault(role, List.of()))).toList();
    }
}
