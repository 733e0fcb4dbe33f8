package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.MethodInfo;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the application, with the rule that guards it. A new endpoint fails this test until
 * it states its roles and is added here; a changed rule fails it until the table is changed on purpose.
 */
class RoleRulesTest {

    private static final String READERS = "roles[call-handler,referrer,idva,isva,agency-spoc,chair,coordinator,admin]";

    private static final String REFERRERS = "roles[referrer,idva,isva,call-handler]";
    private static final String CALL_HANDLERS = "roles[call-handler]";
    private static final String CASE_ROLES = "roles[referrer,idva,isva,call-handler,agency-spoc,chair,coordinator]";
    private static final String ADVOCATES = "roles[idva,isva]";
    private static final String ADVOCATE_SERVICE = "roles[idva,isva,agency-spoc]";
    /** Every case role reaches the contact log's own rule, so that each refusal is audited. */
    private static final String ADVOCATE_READERS = "roles[referrer,idva,isva,call-handler,agency-spoc,chair,coordinator]";
    /** Reports: coordinators and chairs (of the kind, checked by ReportAccess), administrators and auditors. */
    private static final String REPORT_READERS = "roles[coordinator,chair,admin,auditor]";
    private static final String RESEARCHERS = "roles[referrer,idva,isva,agency-spoc,chair,coordinator]";
    private static final String MATRIX_EDITORS = "roles[coordinator,admin]";

    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /", "authenticated"),
            Map.entry("GET /signed-in", "authenticated"),
            Map.entry("GET /signed-out", "permit-all"),
            Map.entry("GET /assets/{file: (fonts|images|rebrand)/[A-Za-z0-9._/-]+}", "permit-all"),
            Map.entry("GET /api/v1/me", "authenticated"),
            Map.entry("GET /api/v1/agencies", "roles[admin]"),
            Map.entry("POST /api/v1/agencies", "roles[admin]"),
            Map.entry("GET /api/v1/agencies/{id}", "roles[admin]"),
            Map.entry("PUT /api/v1/agencies/{id}", "roles[admin]"),
            Map.entry("GET /api/v1/conference-kinds", "roles[admin]"),
            Map.entry("PUT /api/v1/conference-kinds/{kind}/member-agencies", "roles[admin]"),
            Map.entry("GET /api/v1/users", "roles[admin]"),
            Map.entry("PUT /api/v1/users/{subject}/conference-kinds", "roles[admin]"),
            Map.entry("GET /api/v1/audit-events", "roles[auditor]"),
            Map.entry("GET /api/v1/audit-events/export.csv", "roles[auditor]"),
            Map.entry("GET /admin/agencies", "roles[admin]"),
            Map.entry("POST /admin/agencies", "roles[admin]"),
            Map.entry("GET /admin/agencies/new", "roles[admin]"),
            Map.entry("GET /admin/agencies/{id}/edit", "roles[admin]"),
            Map.entry("POST /admin/agencies/{id}", "roles[admin]"),
            Map.entry("GET /admin/conference-kinds", "roles[admin]"),
            Map.entry("POST /admin/conference-kinds/{kind}", "roles[admin]"),
            Map.entry("GET /admin/users", "roles[admin]"),
            Map.entry("POST /admin/users/account-check", "roles[admin]"),
            Map.entry("GET /admin/users/{subject}/conference-kinds", "roles[admin]"),
            Map.entry("POST /admin/users/{subject}/conference-kinds", "roles[admin]"),
            Map.entry("GET /audit", "roles[auditor]"),
            Map.entry("GET /api/v1/caseload", ADVOCATE_READERS),
            Map.entry("GET /api/v1/caseload/{referralId}", ADVOCATE_READERS),
            Map.entry("POST /api/v1/caseload/{referralId}/allocation", ADVOCATE_SERVICE),
            Map.entry("POST /api/v1/caseload/{referralId}/closure", ADVOCATE_SERVICE),
            Map.entry("POST /api/v1/caseload/{referralId}/reopening", ADVOCATE_SERVICE),
            Map.entry("GET /api/v1/caseload/{referralId}/contacts", ADVOCATE_READERS),
            Map.entry("POST /api/v1/caseload/{referralId}/contacts", ADVOCATES),
            Map.entry("PUT /api/v1/caseload/{referralId}/contacts/{entryId}", ADVOCATES),
            Map.entry("POST /api/v1/caseload/{referralId}/contacts/{entryId}/amendments", ADVOCATES),
            Map.entry("GET /api/v1/bank-holidays", "roles[admin,idva,isva,agency-spoc,chair,coordinator]"),
            Map.entry("POST /api/v1/bank-holidays", "roles[admin]"),
            Map.entry("GET /caseload", ADVOCATE_READERS),
            Map.entry("GET /caseload/{referralId}", ADVOCATE_READERS),
            Map.entry("POST /caseload/{referralId}/contacts", ADVOCATES),
            Map.entry("POST /caseload/{referralId}/allocation", ADVOCATE_SERVICE),
            Map.entry("POST /caseload/{referralId}/reopening", ADVOCATE_SERVICE),
            Map.entry("GET /caseload/{referralId}/contacts/{entryId}", ADVOCATES),
            Map.entry("POST /caseload/{referralId}/contacts/{entryId}", ADVOCATES),
            Map.entry("GET /caseload/{referralId}/support/closure", ADVOCATE_SERVICE),
            Map.entry("POST /caseload/{referralId}/support/closure", ADVOCATE_SERVICE),
            Map.entry("GET /admin/bank-holidays", "roles[admin]"),
            Map.entry("POST /admin/bank-holidays", "roles[admin]"),
            Map.entry("POST /api/v1/referrals", REFERRERS),
            Map.entry("GET /api/v1/referrals/{id}", CASE_ROLES),
            Map.entry("PUT /api/v1/referrals/{id}/draft", REFERRERS),
            Map.entry("POST /api/v1/referrals/{id}/submit", REFERRERS),
            Map.entry("POST /api/v1/referrals/{id}/transitions", "roles[referrer,idva,isva,call-handler,chair,coordinator]"),
            Map.entry("PUT /api/v1/referrals/{id}/repeat", "roles[coordinator]"),
            Map.entry("GET /api/v1/referrals/screening-queue", "roles[coordinator]"),
            Map.entry("GET /api/v1/referrals/mine", REFERRERS),
            Map.entry("GET /api/v1/referrals/search", CASE_ROLES),
            Map.entry("GET /api/v1/referrals/person-matches", "roles[referrer,idva,isva,call-handler,coordinator]"),
            Map.entry("GET /api/v1/lookups/from-other-conferences", "roles[coordinator]"),
            Map.entry("GET /api/v1/lookups/unusual-activity", "roles[auditor]"),
            Map.entry("GET /lookups", "roles[coordinator]"),
            Map.entry("GET /lookups/unusual-activity", "roles[auditor]"),
            Map.entry("GET /api/v1/people/{id}/subject-access", "roles[coordinator]"),
            Map.entry("GET /api/v1/people/{id}/subject-access/pdf", "roles[coordinator]"),
            Map.entry("GET /people/{id}/subject-access", "roles[coordinator]"),
            Map.entry("GET /people/{id}/subject-access/export.pdf", "roles[coordinator]"),
            Map.entry("GET /people/{id}/subject-access/export.json", "roles[coordinator]"),
            Map.entry("GET /api/v1/retention/periods", "roles[coordinator,admin,auditor]"),
            Map.entry("GET /api/v1/retention/due", "roles[coordinator]"),
            Map.entry("PUT /api/v1/retention/periods/{kind}", "roles[admin]"),
            Map.entry("POST /api/v1/retention/due/{referralId}/erasure", "roles[coordinator]"),
            Map.entry("GET /retention", "roles[coordinator]"),
            Map.entry("POST /retention/{referralId}/erasure", "roles[coordinator]"),
            Map.entry("POST /retention/listing", "roles[coordinator]"),
            Map.entry("GET /referrals", REFERRERS),
            Map.entry("POST /referrals", REFERRERS),
            Map.entry("GET /referrals/new", REFERRERS),
            Map.entry("GET /referrals/{id}/tasks", REFERRERS),
            Map.entry("GET /referrals/{id}/sections/{section}", REFERRERS),
            Map.entry("POST /referrals/{id}/sections/{section}", REFERRERS),
            Map.entry("GET /referrals/{id}/check", REFERRERS),
            Map.entry("POST /referrals/{id}/submit", REFERRERS),
            Map.entry("GET /referrals/{id}/confirmation", REFERRERS),
            Map.entry("GET /cases/{id}", CASE_ROLES),
            Map.entry("POST /cases/{id}/transitions", "roles[referrer,idva,isva,call-handler,chair,coordinator]"),
            Map.entry("POST /cases/{id}/duplicates", "roles[coordinator]"),
            Map.entry("POST /cases/{id}/repeat", "roles[coordinator]"),
            Map.entry("GET /cases/screening", "roles[coordinator]"),
            Map.entry("GET /cases/search", CASE_ROLES),
            Map.entry("GET /api/v1/checklists", READERS),
            Map.entry("GET /api/v1/checklists/{code}", READERS),
            Map.entry("GET /api/v1/checklists/{code}/versions", READERS),
            Map.entry("GET /api/v1/checklists/{code}/versions/{version}", READERS),
            Map.entry("POST /api/v1/checklists/{code}/versions", "roles[admin]"),
            Map.entry("POST /api/v1/checklists/{code}/score", "roles[call-handler,referrer,idva,isva,coordinator]"),
            Map.entry("GET /api/v1/settings", "roles[admin,coordinator]"),
            Map.entry("PUT /api/v1/settings/{kind}", "roles[admin]"),
            Map.entry("GET /admin/checklists", "roles[admin]"),
            Map.entry("GET /admin/checklists/{code}", "roles[admin]"),
            Map.entry("POST /admin/checklists/{code}", "roles[admin]"),
            Map.entry("GET /admin/settings", "roles[admin]"),
            Map.entry("GET /admin/settings/{kind}", "roles[admin]"),
            Map.entry("POST /admin/settings/{kind}", "roles[admin]"),
            Map.entry("GET /triage", CALL_HANDLERS),
            Map.entry("POST /triage", CALL_HANDLERS),
            Map.entry("GET /triage/{id}/danger", CALL_HANDLERS),
            Map.entry("POST /triage/{id}/danger", CALL_HANDLERS),
            Map.entry("GET /triage/{id}/caller", CALL_HANDLERS),
            Map.entry("POST /triage/{id}/caller", CALL_HANDLERS),
            Map.entry("GET /triage/{id}/relationship", CALL_HANDLERS),
            Map.entry("POST /triage/{id}/relationship", CALL_HANDLERS),
            Map.entry("GET /triage/{id}/questions/{question}", CALL_HANDLERS),
            Map.entry("POST /triage/{id}/questions/{question}", CALL_HANDLERS),
            Map.entry("GET /triage/{id}/result", CALL_HANDLERS),
            Map.entry("POST /triage/{id}/referral", CALL_HANDLERS),
            Map.entry("POST /api/v1/triage-calls", CALL_HANDLERS),
            Map.entry("GET /api/v1/triage-calls", CALL_HANDLERS),
            Map.entry("GET /api/v1/triage-calls/{id}", CALL_HANDLERS),
            Map.entry("PUT /api/v1/triage-calls/{id}/danger", CALL_HANDLERS),
            Map.entry("PUT /api/v1/triage-calls/{id}/caller", CALL_HANDLERS),
            Map.entry("PUT /api/v1/triage-calls/{id}/relationship", CALL_HANDLERS),
            Map.entry("PUT /api/v1/triage-calls/{id}/answers/{question}", CALL_HANDLERS),
            Map.entry("POST /api/v1/triage-calls/{id}/referral", CALL_HANDLERS),
            Map.entry("GET /api/v1/matching-settings", "roles[admin,coordinator]"),
            Map.entry("PUT /api/v1/matching-settings", "roles[admin]"),
            Map.entry("GET /admin/matching", "roles[admin]"),
            Map.entry("POST /admin/matching/estimate", "roles[admin]"),
            Map.entry("POST /api/v1/people/merges", "roles[coordinator]"),
            Map.entry("GET /api/v1/people/merges/{id}", "roles[coordinator]"),
            Map.entry("POST /api/v1/people/merges/{id}/undo", "roles[coordinator]"),
            Map.entry("GET /people/merges/new", "roles[coordinator]"),
            Map.entry("POST /people/merges", "roles[coordinator]"),
            Map.entry("GET /people/merges/{id}", "roles[coordinator]"),
            Map.entry("POST /people/merges/{id}/undo", "roles[coordinator]"),
            Map.entry("POST /api/v1/meetings", "roles[coordinator]"),
            Map.entry("GET /api/v1/meetings", CASE_ROLES),
            Map.entry("GET /api/v1/meetings/{id}", CASE_ROLES),
            Map.entry("GET /api/v1/meetings/{id}/agenda", "roles[coordinator]"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items", "roles[coordinator]"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items/{item}/move", "roles[coordinator]"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items/{item}/defer", "roles[coordinator]"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/publish", "roles[coordinator]"),
            Map.entry("GET /api/v1/meetings/{id}/research/outstanding", "roles[coordinator,chair]"),
            Map.entry("GET /api/v1/meetings/{id}/agenda/items/{item}/research", RESEARCHERS),
            Map.entry("PUT /api/v1/meetings/{id}/agenda/items/{item}/research", RESEARCHERS),
            Map.entry("POST /api/v1/meetings/{id}/start", "roles[chair,coordinator]"),
            Map.entry("GET /api/v1/meetings/{id}/record", "roles[chair,coordinator]"),
            Map.entry("POST /api/v1/meetings/{id}/attendees", "roles[chair,coordinator]"),
            Map.entry("POST /api/v1/meetings/{id}/attendees/{attendee}/acknowledgement", "roles[chair,coordinator]"),
            Map.entry("PUT /api/v1/meetings/{id}/apologies/{agency}", "roles[chair,coordinator]"),
            Map.entry("PUT /api/v1/meetings/{id}/agenda/items/{item}/notes", "roles[chair,coordinator]"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items/{item}/actions", "roles[chair,coordinator]"),
            Map.entry("PUT /api/v1/meetings/{id}/actions/{action}", "roles[chair,coordinator]"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items/{item}/decision", "roles[chair]"),
            Map.entry("POST /api/v1/meetings/{id}/end", "roles[chair,coordinator]"),
            Map.entry("GET /api/v1/meetings/{id}/minutes.pdf", "roles[chair,coordinator]"),
            Map.entry("GET /api/v1/meetings/{id}/minutes/extracts/{agency}.pdf", RESEARCHERS),
            Map.entry("POST /api/v1/meetings/{id}/minutes/approval", "roles[chair]"),
            Map.entry("POST /api/v1/meetings/{id}/minutes/amendments", "roles[chair,coordinator]"),
            Map.entry("GET /meetings", CASE_ROLES),
            Map.entry("GET /meetings/new", "roles[coordinator]"),
            Map.entry("POST /meetings", "roles[coordinator]"),
            Map.entry("GET /meetings/{id}", CASE_ROLES),
            Map.entry("POST /meetings/{id}/agenda/add", "roles[coordinator]"),
            Map.entry("POST /meetings/{id}/agenda/{item}/move", "roles[coordinator]"),
            Map.entry("POST /meetings/{id}/agenda/{item}/defer", "roles[coordinator]"),
            Map.entry("POST /meetings/{id}/agenda/publish", "roles[coordinator]"),
            Map.entry("POST /meetings/{id}/guests", "roles[coordinator]"),
            Map.entry("POST /api/v1/meetings/{id}/guests", "roles[coordinator]"),
            Map.entry("GET /meetings/{id}/cases/{item}/research", RESEARCHERS),
            Map.entry("POST /meetings/{id}/cases/{item}/research", RESEARCHERS),
            Map.entry("GET /meetings/{id}/run", "roles[chair,coordinator]"),
            Map.entry("POST /meetings/{id}/run/start", "roles[chair,coordinator]"),
            Map.entry("POST /meetings/{id}/run/attendees", "roles[chair,coordinator]"),
            Map.entry("POST /meetings/{id}/run/attendees/{attendee}/acknowledgement", "roles[chair,coordinator]"),
            Map.entry("POST /meetings/{id}/run/apologies", "roles[chair,coordinator]"),
            Map.entry("POST /meetings/{id}/run/cases/{item}/notes", "roles[chair,coordinator]"),
            Map.entry("POST /meetings/{id}/run/cases/{item}/actions", "roles[chair,coordinator]"),
            Map.entry("POST /meetings/{id}/run/cases/{item}/actions/{action}", "roles[chair,coordinator]"),
            Map.entry("POST /meetings/{id}/run/cases/{item}/decision", "roles[chair]"),
            Map.entry("POST /meetings/{id}/run/cases/{item}/deferral", "roles[coordinator]"),
            Map.entry("POST /meetings/{id}/run/end", "roles[chair,coordinator]"),
            Map.entry("GET /meetings/{id}/run/cases/{item}", "roles[chair,coordinator]"),
            Map.entry("POST /meetings/{id}/run/cases/{item}/hearing", "roles[chair,coordinator]"),
            Map.entry("GET /meetings/{id}/present", "roles[chair,coordinator]"),
            Map.entry("GET /meetings/{id}/present/stamp", "roles[chair,coordinator]"),
            Map.entry("GET /meetings/{id}/minutes", "roles[chair,coordinator]"),
            Map.entry("GET /meetings/{id}/minutes.pdf", "roles[chair,coordinator]"),
            Map.entry("GET /meetings/{id}/minutes/extracts/{agency}.pdf", "roles[chair,coordinator]"),
            Map.entry("GET /meetings/{id}/minutes/extract.pdf", "roles[referrer,idva,isva,agency-spoc]"),
            Map.entry("POST /meetings/{id}/minutes/approval", "roles[chair]"),
            Map.entry("POST /meetings/{id}/minutes/amendments", "roles[chair,coordinator]"),
            Map.entry("GET /mailbox", "roles[admin,coordinator]"),
            Map.entry("GET /api/v1/actions/inbox", "roles[agency-spoc]"),
            Map.entry("GET /api/v1/actions/mine", CASE_ROLES),
            Map.entry("GET /api/v1/actions/summary", "roles[coordinator]"),
            Map.entry("GET /api/v1/actions/{id}", CASE_ROLES),
            Map.entry("POST /api/v1/actions", "roles[coordinator]"),
            Map.entry("POST /api/v1/demo/meetings/{id}/moved-back", "roles[coordinator]"),
            Map.entry("PUT /api/v1/actions/{id}/assignee", "roles[agency-spoc,coordinator]"),
            Map.entry("POST /api/v1/actions/{id}/updates", CASE_ROLES),
            Map.entry("GET /actions", "roles[agency-spoc]"),
            Map.entry("GET /actions/mine", CASE_ROLES),
            Map.entry("GET /actions/summary", "roles[coordinator]"),
            Map.entry("GET /actions/{id}", CASE_ROLES),
            Map.entry("POST /actions/{id}/updates", CASE_ROLES),
            Map.entry("POST /actions/{id}/assignee", "roles[agency-spoc,coordinator]"),
            Map.entry("GET /actions/new", "roles[coordinator]"),
            Map.entry("POST /actions", "roles[coordinator]"),
            Map.entry("GET /audit/export.csv", "roles[auditor]"),
            Map.entry("GET /audit/chain", "roles[auditor]"),
            Map.entry("GET /api/v1/audit-events/chain", "roles[auditor]"),
            Map.entry("GET /cases/{id}/looks", "roles[coordinator]"),
            Map.entry("GET /api/v1/referrals/{id}/looks", "roles[coordinator]"),
            Map.entry("GET /api/v1/matrices", REPORT_READERS),
            Map.entry("POST /api/v1/matrices", MATRIX_EDITORS),
            Map.entry("GET /api/v1/matrices/{id}", REPORT_READERS),
            Map.entry("POST /api/v1/matrices/{id}/issues", MATRIX_EDITORS),
            Map.entry("PUT /api/v1/matrices/{id}/issues/{issueId}", MATRIX_EDITORS),
            Map.entry("GET /api/v1/matrices/{id}/export.csv", REPORT_READERS),
            Map.entry("POST /api/v1/matrices/{id}/import", MATRIX_EDITORS),
            Map.entry("GET /reports", REPORT_READERS),
            Map.entry("GET /reports/matrix", REPORT_READERS),
            Map.entry("POST /reports/matrix", MATRIX_EDITORS),
            Map.entry("GET /reports/matrix/{id}", REPORT_READERS),
            Map.entry("GET /reports/matrix/{id}/export.csv", REPORT_READERS),
            Map.entry("POST /reports/matrix/{id}/import", MATRIX_EDITORS),
            Map.entry("GET /reports/matrix/{id}/issues/new", MATRIX_EDITORS),
            Map.entry("POST /reports/matrix/{id}/issues", MATRIX_EDITORS),
            Map.entry("GET /reports/matrix/{id}/issues/{issueId}", MATRIX_EDITORS),
            Map.entry("POST /reports/matrix/{id}/issues/{issueId}", MATRIX_EDITORS),
            Map.entry("GET /api/v1/reports/marac-data-return", REPORT_READERS),
            Map.entry("GET /api/v1/reports/marac-data-return/export.csv", REPORT_READERS),
            Map.entry("GET /api/v1/reports/marac-data-return/export.xlsx", REPORT_READERS),
            Map.entry("GET /api/v1/reports/marac-data-return/summary", REPORT_READERS),
            Map.entry("GET /api/v1/reports/marac-data-return/settings", REPORT_READERS),
            Map.entry("PUT /api/v1/reports/marac-data-return/settings", "roles[admin]"),
            Map.entry("GET /api/v1/reports/marac-data-return/national-figures", REPORT_READERS),
            Map.entry("PUT /api/v1/reports/marac-data-return/national-figures", "roles[admin]"),
            Map.entry("GET /reports/marac-data-return", REPORT_READERS),
            Map.entry("GET /reports/marac-data-return/export.csv", REPORT_READERS),
            Map.entry("GET /reports/marac-data-return/export.xlsx", REPORT_READERS),
            Map.entry("GET /reports/marac-data-return/summary", REPORT_READERS),
            Map.entry("GET /admin/marac-data-return", "roles[admin]"),
            Map.entry("POST /admin/marac-data-return/settings", "roles[admin]"),
            Map.entry("POST /admin/marac-data-return/national-figures", "roles[admin]"),
            Map.entry("GET /api/v1/community-trigger-rules", "roles[admin,coordinator]"),
            Map.entry("PUT /api/v1/community-trigger-rules", "roles[admin]"),
            Map.entry("GET /admin/community-trigger", "roles[admin]"),
            Map.entry("POST /admin/community-trigger", "roles[admin]"),
            Map.entry("GET /api/v1/six-month-reviews/due", "roles[coordinator]"),
            Map.entry("GET /api/v1/six-month-reviews/{referralId}", "roles[coordinator]"),
            Map.entry("PUT /api/v1/six-month-reviews/{referralId}", "roles[coordinator]"),
            Map.entry("GET /six-month-reviews", "roles[coordinator]"),
            Map.entry("GET /six-month-reviews/{referralId}", "roles[coordinator]"),
            Map.entry("POST /six-month-reviews/{referralId}", "roles[coordinator]"),
            Map.entry("GET /api/v1/reports/outcomes/asbrac-performance", REPORT_READERS),
            Map.entry("GET /api/v1/reports/outcomes/asbrac-performance.csv", REPORT_READERS),
            Map.entry("GET /api/v1/reports/outcomes/asbrac-six-month-reviews", REPORT_READERS),
            Map.entry("GET /api/v1/reports/outcomes/community-trigger", REPORT_READERS),
            Map.entry("GET /api/v1/reports/outcomes/advocates", REPORT_READERS),
            Map.entry("GET /reports/outcomes", REPORT_READERS),
            Map.entry("GET /reports/outcomes/asbrac-performance", REPORT_READERS),
            Map.entry("GET /reports/outcomes/asbrac-performance.csv", REPORT_READERS),
            Map.entry("GET /reports/outcomes/six-month-reviews", REPORT_READERS),
            Map.entry("GET /reports/outcomes/community-trigger", REPORT_READERS),
            Map.entry("GET /reports/outcomes/advocates", REPORT_READERS),
            Map.entry("GET /api/v1/reports/dashboard", REPORT_READERS),
            Map.entry("GET /api/v1/reports/dashboard/cases", REPORT_READERS),
            Map.entry("GET /reports/dashboard", REPORT_READERS),
            Map.entry("GET /reports/dashboard/cases", REPORT_READERS),
            Map.entry("GET /reports/dashboard/download.csv", REPORT_READERS)));

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    private static final DotName PERMIT_ALL = DotName.createSimple("jakarta.annotation.security.PermitAll");
    private static final DotName DENY_ALL = DotName.createSimple("jakarta.annotation.security.DenyAll");
    private static final DotName AUTHENTICATED = DotName.createSimple("io.quarkus.security.Authenticated");
    private static final java.util.List<String> HTTP_METHODS = java.util.List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD");

    @Test
    void everyEndpointHasTheRoleRuleThisTableGivesIt() throws IOException {
        Map<String, String> found = new TreeMap<>();
        Index index = org.roundtable.support.ApplicationClasses.index();
        for (ClassInfo resource : index.getKnownClasses()) {
            AnnotationInstance classPath = resource.declaredAnnotation(PATH);
            if (classPath == null) {
                continue;
            }
            for (MethodInfo method : resource.methods()) {
                String verb = method.annotations().stream().filter(a -> a.target().kind() == AnnotationTarget.Kind.METHOD)
                        .map(a -> a.name().local()).filter(HTTP_METHODS::contains).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                AnnotationInstance methodPath = method.annotation(PATH);
                String path = join(classPath.value().asString(), methodPath == null ? "" : methodPath.value().asString());
                found.put(verb + " " + path, rule(method, resource));
            }
        }
        Map<String, String> expected = new TreeMap<>();
        EXPECTED.forEach((endpoint, rule) -> expected.put(endpoint, sorted(rule)));
        assertEquals(expected, found);
    }

    /** A role group ({@code ${roundtable.role-group.x}}, see RoleGroup) stands for its roles; roles compare as a set. */
    private static String[] expand(String[] allowed) {
        return java.util.Arrays.stream(allowed).flatMap(value -> java.util.Arrays.stream(org.roundtable.access.RoleGroup.values())
                .filter(group -> value.equals("${" + group.property() + "}")).findFirst()
                .map(group -> group.roles().stream()).orElse(java.util.stream.Stream.of(value))).sorted().distinct().toArray(String[]::new);
    }

    private static String sorted(String rule) {
        if (!rule.startsWith("roles[")) {
            return rule;
        }
        return "roles" + java.util.Arrays.toString(expand(rule.substring(6, rule.length() - 1).split(","))).replace(" ", "");
    }

    private static String rule(MethodInfo method, ClassInfo resource) {
        String own = ruleOf(method.declaredAnnotation(ROLES_ALLOWED), method.hasDeclaredAnnotation(PERMIT_ALL),
                method.hasDeclaredAnnotation(AUTHENTICATED), method.hasDeclaredAnnotation(DENY_ALL));
        if (own != null) {
            return own;
        }
        String inherited = ruleOf(resource.declaredAnnotation(ROLES_ALLOWED), resource.hasDeclaredAnnotation(PERMIT_ALL),
                resource.hasDeclaredAnnotation(AUTHENTICATED), resource.hasDeclaredAnnotation(DENY_ALL));
        return inherited == null ? "NO RULE (denied)" : inherited;
    }

    private static String ruleOf(AnnotationInstance rolesAllowed, boolean permitAll, boolean authenticated, boolean denyAll) {
        if (rolesAllowed != null) {
            return "roles" + java.util.Arrays.toString(expand(rolesAllowed.value().asStringArray())).replace(" ", "");
        }
        return permitAll ? "permit-all" : authenticated ? "authenticated" : denyAll ? "deny-all" : null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
