package org.roundtable.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.action.ActionFixtures;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;

/**
 * The auditor finds a case's whole history from its reference, a meeting from its kind and day, a person from their id;
 * repeated views are one line; coordinators see who has looked at a case; research refused to a non-member is audited.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class CaseHistoryTest {

    @Inject
    ActionFixtures actions;

    @Inject
    ReferralFixtures referrals;

    @Inject
    TestIdentityAssociation identity;

    @Test
    void oneCasesHistoryFromItsReferenceWithRepeatedViewsOnOneLine() {
        var running = actions.meetingInProgress(identity, "History");
        var p = running.p();
        String action = actions.setAction(identity, running, p.housing(), "Change the locks", 14);
        p.signInCoordinator(identity);
        String reference = given().get("/api/v1/referrals/" + running.referralId()).then().extract().path("reference");
        String victim = given().get("/api/v1/referrals/" + running.referralId()).then().extract().path("victim.id");
        for (int i = 0; i < 6; i++) {
            given().get("/api/v1/referrals/" + running.referralId()).then().statusCode(200);
        }
        // Meeting mode: the chair's page reloads the meeting record while the case is discussed.
        ConferenceFixtures.asChair(p, identity);
        for (int i = 0; i < 20; i++) {
            given().get("/api/v1/meetings/" + running.meetingId() + "/record").then().statusCode(200);
        }
        given().contentType("application/json").body(Map.of("notes", "Discussed", "version", 0))
                .put("/api/v1/meetings/" + running.meetingId() + "/agenda/items/" + running.item() + "/notes");
        // A referrer of an ASBRAC agency asks for the MARAC meeting's research: refused, and audited like a guest's refusal.
        Identities.signIn(identity, "ref-" + p.fire(), "Fay Fire", p.fire(), "referrer");
        given().get("/api/v1/meetings/" + running.meetingId() + "/agenda/items/" + running.item() + "/research").then().statusCode(403);

        Identities.signIn(identity, "auditor-history", "Ann Auditor", null, "auditor");
        List<Map<String, Object>> every = given().queryParam("case", reference).queryParam("all", true).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<Map<String, Object>> grouped = given().queryParam("case", reference).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<String> actionsFound = every.stream().map(e -> (String) e.get("action")).distinct().toList();
        assertTrue(actionsFound.containsAll(List.of("referral.draft", "referral.submitted", "referral.accepted", "referral.view",
                "action.create", "meeting.view", "person.create", "research.denied")), actionsFound.toString());
        assertTrue(every.stream().anyMatch(e -> "action.create".equals(e.get("action")) && action.equals(e.get("recordId"))));
        assertTrue(grouped.size() < every.size(), every.size() + " rows, " + grouped.size() + " lines");
        int coordinatorViews = grouped.stream().filter(e -> "referral.view".equals(e.get("action"))
                && p.coordinatorSubject().equals(e.get("actorSubject"))).mapToInt(e -> (Integer) e.get("count")).max().orElse(0);
        assertTrue(coordinatorViews >= 6, "the coordinator's views are one line with a count: " + coordinatorViews);
        assertEquals(every.size(), grouped.stream().mapToInt(e -> (Integer) e.get("count")).sum(), "every row is still counted");
        System.out.printf("Case %s: %d audit rows, %d lines grouped; rows by action %s; lines by action %s%n", reference, every.size(),
                grouped.size(), tally(every), tally(grouped));

        // The meeting, from its kind and day; the page names it as people do.
        String day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7).toString();
        List<String> meetingEvents = given().queryParam("meetingKind", "MARAC").queryParam("meetingOn", day).queryParam("all", true)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("action", String.class);
        assertTrue(meetingEvents.containsAll(List.of("meeting.create", "agenda.publish", "meeting.start", "research.denied")),
                meetingEvents.toString());
        given().accept("text/html").queryParam("meetingKind", "MARAC").queryParam("meetingOn", day).get("/audit").then()
                .statusCode(200).body(containsString("MARAC meeting ")).body(containsString("research.denied"));
        given().accept("text/html").queryParam("case", reference).get("/audit").then().statusCode(200)
                .body(containsString(" views</strong> since "));

        // The person, from their id.
        List<String> personEvents = given().queryParam("person", victim).queryParam("all", true).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("action", String.class);
        assertTrue(personEvents.containsAll(List.of("person.create", "referral.view", "referral.accepted")), personEvents.toString());
        given().queryParam("person", "not-an-id").get("/api/v1/audit-events").then().statusCode(400)
                .body(containsString("person"));
        given().queryParam("meetingKind", "MARAC").get("/api/v1/audit-events").then().statusCode(400)
                .body(containsString("meetingOn"));
    }

    private static java.util.Map<Object, Long> tally(List<Map<String, Object>> events) {
        return events.stream().collect(java.util.stream.Collectors.groupingBy(e -> e.get("action"), java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    @Test
    void coordinatorsSeeWhoHasLookedAtTheirCaseAndOthersDoNot() {
        var running = actions.meetingInProgress(identity, "Looked");
        var p = running.p();
        p.signInReferrer(identity);
        given().get("/api/v1/referrals/" + running.referralId()).then().statusCode(200);
        p.signInCoordinator(identity);
        given().accept("text/html").get("/cases/" + running.referralId()).then().statusCode(200)
                .body(containsString("href=\"/cases/" + running.referralId() + "/looks\""));
        List<Map<String, Object>> looks = given().get("/api/v1/referrals/" + running.referralId() + "/looks").then().statusCode(200)
                .extract().jsonPath().getList("looks");
        assertTrue(looks.stream().anyMatch(l -> "Grace Okafor".equals(l.get("userName")) && p.housing().equals(l.get("agency"))
                && "Opened the case".equals(l.get("what"))), looks.toString());
        assertTrue(looks.stream().anyMatch(l -> ((String) l.get("what")).startsWith("In a list")), looks.toString());
        List<String> times = looks.stream().map(l -> (String) l.get("at")).toList();
        assertEquals(times.stream().sorted().toList(), times, "in the order they happened");
        given().accept("text/html").get("/cases/" + running.referralId() + "/looks").then().statusCode(200)
                .body(containsString("Who has looked at this case")).body(containsString("Grace Okafor"));

        referrals.signInAsbCoordinator(p, identity);
        given().get("/api/v1/referrals/" + running.referralId() + "/looks").then().statusCode(403);
        p.signInReferrer(identity);
        given().accept("text/html").get("/cases/" + running.referralId()).then().statusCode(200)
                .body(not(containsString("/looks")));

        Identities.signIn(identity, "auditor-looks", "Ann Auditor", null, "auditor");
        List<String> audited = given().queryParam("recordId", running.referralId()).queryParam("all", true).get("/api/v1/audit-events")
                .then().extract().jsonPath().getList("action", String.class);
        assertTrue(audited.containsAll(List.of("referral.looks", "referral.looks.denied")), audited.toString());
    }
}
