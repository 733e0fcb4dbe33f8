package org.roundtable.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.roundtable.action.ActionFixtures;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;

/**
 * Every list endpoint that returns people's records writes one audit event holding the id of every record it returned,
 * and that event is found from any of those ids.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class ListReadsAuditTest {

    @Inject
    ActionFixtures actions;

    @Inject
    ConferenceFixtures conferences;

    @Inject
    ReferralFixtures referrals;

    @Inject
    TestIdentityAssociation identity;

    /** One list endpoint: who reads it, where, the JSON path of the ids it returns, and the audit event it writes. */
    record ListRead(String name, Runnable signIn, String subject, String path, String ids, String action, String recordType) {
    }

    @Test
    void everyListEndpointsAuditEventHoldsTheIdsItReturned() {
        var running = actions.meetingInProgress(identity, "Lister");
        var p = running.p();
        String action = actions.setAction(identity, running, p.housing(), "Change the locks", 14);
        actions.spoc(p.housing());
        ActionFixtures.signInSpoc(identity, p.housing());
        int actionVersion = given().get("/api/v1/actions/" + action).then().statusCode(200).extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(actionVersion)).body(Map.of("assignee", "spoc-" + p.housing()))
                .put("/api/v1/actions/" + action + "/assignee").then().statusCode(200);
        // A second case waits in the screening queue, a third is accepted and waits for an agenda.
        p.signInReferrer(identity);
        String submitted = given().contentType("application/json").body(Map.of("kind", "MARAC",
                "draft", conferences.draft("Queued", "Lister" + p.housing(), 16, 0, false))).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + submitted + "/submit")
                .then().statusCode(200);
        String waiting = conferences.acceptedCase(p, identity, conferences.draft("Waiting", "Lister" + p.housing(), 16, 0, false));
        String reference = given().get("/api/v1/referrals/" + running.referralId()).then().extract().path("reference");
        String laterMeeting = conferences.meeting(p, identity, 21);
        Identities.signIn(identity, "handler-" + p.police(), "Dev Patel", p.police(), "call-handler");
        given().contentType("application/json").post("/api/v1/triage-calls").then().statusCode(201);

        Runnable coordinator = () -> p.signInCoordinator(identity);
        Runnable referrer = () -> p.signInReferrer(identity);
        List<ListRead> reads = List.of(
                new ListRead("screening queue", coordinator, p.coordinatorSubject(), "/api/v1/referrals/screening-queue", "id",
                        "referral.list", "referral"),
                new ListRead("the agency's referrals", referrer, "author-" + p.housing(), "/api/v1/referrals/mine", "id",
                        "referral.list", "referral"),
                new ListRead("search by reference", coordinator, p.coordinatorSubject(), "/api/v1/referrals/search?reference=" + reference,
                        "id", "referral.search", "referral"),
                new ListRead("search by name alone", coordinator, p.coordinatorSubject(), "/api/v1/referrals/search?lastName=Lister"
                        + p.housing(), "id", "referral.search", "referral"),
                new ListRead("person matches", referrer, "author-" + p.housing(), "/api/v1/referrals/person-matches?firstName=Queued"
                        + "&lastName=Lister" + p.housing() + "&dateOfBirth=1988-06-01", "personId", "person.match", "person"),
                new ListRead("agenda candidates", coordinator, p.coordinatorSubject(), "/api/v1/meetings/" + laterMeeting + "/agenda",
                        "items.referral.id", "referral.list", "referral"),
                new ListRead("caseload", coordinator, p.coordinatorSubject(), "/api/v1/caseload", "referralId", "caseload.view", "referral"),
                new ListRead("agency action inbox", () -> ActionFixtures.signInSpoc(identity, p.housing()), "spoc-" + p.housing(),
                        "/api/v1/actions/inbox", "id", "action.list", "action"),
                new ListRead("my actions", () -> ActionFixtures.signInSpoc(identity, p.housing()), "spoc-" + p.housing(),
                        "/api/v1/actions/mine", "id", "action.list", "action"),
                new ListRead("triage calls", () -> Identities.signIn(identity, "handler-" + p.police(), "Dev Patel", p.police(),
                        "call-handler"), "handler-" + p.police(), "/api/v1/triage-calls", "id", "triage.list", "triage-call"),
                new ListRead("meeting record", () -> ConferenceFixtures.asChair(p, identity), p.chairSubject(),
                        "/api/v1/meetings/" + running.meetingId() + "/record", "cases.referral.id", "meeting.view", "referral"));

        List<String> wrong = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (ListRead read : reads) {
            read.signIn().run();
            List<String> returned = given().get(read.path()).then().statusCode(200).extract().jsonPath().getList(read.ids(), String.class);
            if (returned.isEmpty()) {
                empty.add(read.name());
            }
            Map<String, Object> event = latest(read.subject(), read.action());
            if (event == null) {
                wrong.add(read.name() + ": no " + read.action() + " event");
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> subjects = (List<String>) event.get("subjects");
            TreeSet<String> expected = new TreeSet<>(returned.stream().map(id -> read.recordType() + ":" + id).toList());
            if (!subjects.containsAll(expected)) {
                wrong.add(read.name() + ": returned " + expected + ", audited " + subjects);
            }
            for (String id : new TreeSet<>(returned)) {
                List<Integer> found = given().queryParam("recordId", id).queryParam("all", true).get("/api/v1/audit-events")
                        .then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
                if (!found.contains(event.get("id"))) {
                    wrong.add(read.name() + ": the event is not found by " + id);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), empty, "every list returned something to check");

        // The case's reference finds the lists that returned it, its action's inbox, and the meeting record.
        signInAuditor();
        List<String> history = given().queryParam("case", reference).queryParam("all", true).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("action", String.class);
        assertTrue(history.containsAll(List.of("referral.search", "action.list", "meeting.view", "caseload.view", "action.create",
                "referral.accepted", "referral.view")), history.toString());
        assertFalse(given().queryParam("recordId", waiting).get("/api/v1/audit-events").then().extract().jsonPath()
                .getList("action", String.class).isEmpty());
    }

    private void signInAuditor() {
        Identities.signIn(identity, "auditor-lists", "Ann Auditor", null, "auditor");
    }

    /** The newest event of this action by this user, as the audit API gives it; the auditor's identity is kept after. */
    private Map<String, Object> latest(String subject, String action) {
        signInAuditor();
        List<Map<String, Object>> events = given().queryParam("user", subject).queryParam("all", true).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return events.stream().filter(e -> action.equals(e.get("action"))).findFirst().orElse(null);
    }
}
