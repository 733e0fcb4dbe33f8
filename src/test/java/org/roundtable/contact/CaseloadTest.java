package org.roundtable.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Identities;

/** Allocation, the first-contact-overdue mark on working days, the 24-hour correction rule, time to first contact, closing support. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "idva")
class CaseloadTest {

    @Inject
    ContactFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    private static Map<String, Object> row(String referralId) {
        return given().get("/api/v1/caseload").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.referralId == '" + referralId + "' }");
    }

    private static void take(String id) {
        given().contentType("application/json").header("If-Match", String.valueOf(ContactFixtures.version(id))).body("{}")
                .post("/api/v1/caseload/" + id + "/allocation").then().statusCode(200);
    }

    @Test
    void anAdvocateTakesACaseTheSpocAllocatesItAndEachAllocationIsInTheHistory() {
        ContactFixtures.World w = fixtures.world();
        String id = fixtures.acceptedCase(w, identity, "Take" + w.p().housing(), 16);
        w.asIdva(identity);
        Map<String, Object> waiting = row(id);
        assertEquals(null, waiting.get("advocateName"), "an accepted case waits on the IDVA service's caseload");
        assertEquals(Boolean.FALSE, waiting.get("allocatedToMe"));
        take(id);
        assertEquals(Boolean.TRUE, row(id).get("allocatedToMe"));
        w.asOtherIdva(identity);
        assertEquals(null, row(id), "another advocate's case is not on her caseload");

        w.asIdvaSpoc(identity);
        int version = ContactFixtures.version(id);
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("advocateSubject", w.p().coordinatorSubject())).post("/api/v1/caseload/" + id + "/allocation")
                .then().statusCode(400).body("errors.field", hasItem("advocateSubject"));
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("advocateSubject", "idva2-" + w.p().idva())).post("/api/v1/caseload/" + id + "/allocation")
                .then().statusCode(200).body("advocateName", equalTo("Beth Lowe"))
                .body("history.what", equalTo(List.of("SERVICE", "ALLOCATED", "ALLOCATED")));
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("advocateSubject", "idva-" + w.p().idva())).post("/api/v1/caseload/" + id + "/allocation")
                .then().statusCode(409);
        given().contentType("application/json").header("If-Match", String.valueOf(version + 1)).body("{}")
                .post("/api/v1/caseload/" + id + "/allocation").then().statusCode(403);
        w.asOtherIdva(identity);
        assertEquals(Boolean.TRUE, row(id).get("allocatedToMe"));
    }

    @Test
    void theCaseloadShowsTheHighestRiskFirstThenTheOldestReferral() {
        ContactFixtures.World w = fixtures.world();
        String olderMedium = fixtures.acceptedCase(w, identity, "Medium" + w.p().housing(), 11);
        String olderHigh = fixtures.acceptedCase(w, identity, "HighA" + w.p().housing(), 16);
        String newerHigh = fixtures.acceptedCase(w, identity, "HighB" + w.p().housing(), 16);
        fixtures.referredAndAllocatedAt(olderMedium, Instant.parse("2026-10-01T09:00:00Z"), Instant.parse("2026-10-02T09:00:00Z"));
        fixtures.referredAndAllocatedAt(olderHigh, Instant.parse("2026-10-05T09:00:00Z"), Instant.parse("2026-10-06T09:00:00Z"));
        fixtures.referredAndAllocatedAt(newerHigh, Instant.parse("2026-10-07T09:00:00Z"), Instant.parse("2026-10-08T09:00:00Z"));
        w.asIdva(identity);
        List<String> ids = given().get("/api/v1/caseload").then().statusCode(200).extract().path("referralId");
        List<String> mine = ids.stream().filter(List.of(olderMedium, olderHigh, newerHigh)::contains).toList();
        assertEquals(List.of(olderHigh, newerHigh, olderMedium), mine);
    }

    @Test
    void firstContactIsOverdueAfterTheNextWorkingDaySkippingTheWeekendAndBankHolidays() {
        ContactFixtures.World w = fixtures.world();
        String friday = fixtures.acceptedCase(w, identity, "Friday" + w.p().housing(), 16);
        String christmasEve = fixtures.acceptedCase(w, identity, "Eve" + w.p().housing(), 16);
        String added = fixtures.acceptedCase(w, identity, "Added" + w.p().housing(), 16);
        fixtures.referredAndAllocatedAt(friday, ContactFixtures.london(2026, 12, 11, 15, 0), ContactFixtures.london(2026, 12, 11, 16, 0));
        fixtures.referredAndAllocatedAt(christmasEve, ContactFixtures.london(2026, 12, 24, 9, 0), ContactFixtures.london(2026, 12, 24, 11, 0));
        fixtures.referredAndAllocatedAt(added, ContactFixtures.london(2027, 6, 16, 9, 0), ContactFixtures.london(2027, 6, 16, 10, 0));
        w.asIdva(identity);

        ContactFixtures.clockAt(ContactFixtures.london(2026, 12, 14, 23, 30));
        assertEquals("AWAITING_FIRST_CONTACT", row(friday).get("status"), "Friday's case is due by the end of Monday");
        ContactFixtures.clockAt(ContactFixtures.london(2026, 12, 15, 0, 1));
        assertEquals("FIRST_CONTACT_OVERDUE", row(friday).get("status"));

        ContactFixtures.clockAt(ContactFixtures.london(2026, 12, 29, 23, 0));
        assertEquals("AWAITING_FIRST_CONTACT", row(christmasEve).get("status"),
                "Christmas, the weekend and the Boxing Day substitute day are not working days");
        ContactFixtures.clockAt(ContactFixtures.london(2026, 12, 30, 0, 1));
        assertEquals("FIRST_CONTACT_OVERDUE", row(christmasEve).get("status"));
        given().contentType("application/json").body(ContactFixtures.contact(ContactFixtures.london(2026, 12, 30, 0, 0), "PHONE", "NO_ANSWER"))
                .post("/api/v1/caseload/" + christmasEve + "/contacts").then().statusCode(201);
        assertEquals("ATTEMPTED", row(christmasEve).get("status"), "an attempt ends the overdue mark");

        ContactFixtures.clockAt(ContactFixtures.london(2027, 6, 18, 9, 0));
        assertEquals("FIRST_CONTACT_OVERDUE", row(added).get("status"));
        Identities.signIn(identity, "admin-" + w.p().housing(), "Alex Morgan", w.p().idva(), "admin");
        given().contentType("application/json").body(Map.of("day", "2027-06-17", "name", "Extra bank holiday"))
                .post("/api/v1/bank-holidays").then().statusCode(201);
        given().contentType("application/json").body(Map.of("day", "2027-06-17", "name", "Again")).post("/api/v1/bank-holidays")
                .then().statusCode(409);
        w.asIdva(identity);
        assertEquals("AWAITING_FIRST_CONTACT", row(added).get("status"), "a bank holiday the administrator added is skipped too");
    }

    @Test
    void theAuthorCorrectsAnEntryFor24HoursKeepingEachVersionAndAfterThatOnlyAnAmendmentIsAdded() {
        ContactFixtures.World w = fixtures.world();
        String id = fixtures.acceptedCase(w, identity, "Correct" + w.p().housing(), 16);
        Instant written = Instant.parse("2026-12-07T10:00:00Z");
        ContactFixtures.clockAt(written);
        w.asIdva(identity);
        take(id);
        String entry = given().contentType("application/json").body(ContactFixtures.contact(written.minusSeconds(3600), "PHONE", "NO_ANSWER"))
                .post("/api/v1/caseload/" + id + "/contacts").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(ContactFixtures.contact(written.plusSeconds(3600), "PHONE", "NO_ANSWER"))
                .post("/api/v1/caseload/" + id + "/contacts").then().statusCode(400).body("errors.field", hasItem("occurredAt"));

        ContactFixtures.clockAt(written.plusSeconds(23 * 3600));
        Map<String, Object> corrected = ContactFixtures.contact(written.minusSeconds(3600), "PHONE", "MESSAGE_LEFT");
        w.asOtherIdva(identity);
        given().contentType("application/json").header("If-Match", "0").body(corrected)
                .put("/api/v1/caseload/" + id + "/contacts/" + entry).then().statusCode(403);
        w.asIdva(identity);
        given().contentType("application/json").header("If-Match", "0").body(corrected)
                .put("/api/v1/caseload/" + id + "/contacts/" + entry).then().statusCode(200)
                .body("outcome", equalTo("MESSAGE_LEFT")).body("corrections", hasSize(1))
                .body("corrections[0].before.outcome", equalTo("NO_ANSWER"));
        given().contentType("application/json").header("If-Match", "0").body(corrected)
                .put("/api/v1/caseload/" + id + "/contacts/" + entry).then().statusCode(409);

        ContactFixtures.clockAt(written.plusSeconds(25 * 3600));
        given().contentType("application/json").header("If-Match", "1").body(ContactFixtures.contact(written, "TEXT", "NO_ANSWER"))
                .put("/api/v1/caseload/" + id + "/contacts/" + entry).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("amendment"));
        given().contentType("application/json").body(ContactFixtures.contact(written.minusSeconds(3600), "TEXT", "MESSAGE_LEFT"))
                .post("/api/v1/caseload/" + id + "/contacts/" + entry + "/amendments").then().statusCode(201)
                .body("amendsEntryId", equalTo(entry));
        given().get("/api/v1/caseload/" + id + "/contacts").then().statusCode(200)
                .body("entries", hasSize(1)).body("entries[0].outcome", equalTo("MESSAGE_LEFT"))
                .body("entries[0].corrections", hasSize(1)).body("entries[0].amendments", hasSize(1))
                .body("entries[0].amendments[0].method", equalTo("TEXT")).body("entries[0].correctableByYou", equalTo(false));
    }

    @Test
    void timeToFirstAttemptAndToFirstSuccessfulContactAreCountedFromTheReferral() {
        ContactFixtures.World w = fixtures.world();
        String id = fixtures.acceptedCase(w, identity, "Figures" + w.p().housing(), 16);
        fixtures.referredAndAllocatedAt(id, Instant.parse("2026-12-07T09:00:00Z"), Instant.parse("2026-12-07T09:30:00Z"));
        ContactFixtures.clockAt(Instant.parse("2026-12-09T12:00:00Z"));
        w.asIdva(identity);
        given().get("/api/v1/caseload/" + id + "/contacts").then().statusCode(200)
                .body("figures.minutesToFirstAttempt", nullValue()).body("figures.minutesToFirstSuccessfulContact", nullValue());
        String first = log(id, "2026-12-07T11:30:00Z", "PHONE", "NO_ANSWER");
        log(id, "2026-12-08T09:00:00Z", "PHONE", "UNSAFE_TO_TALK");
        log(id, "2026-12-08T15:00:00Z", "IN_PERSON", "SPOKE_TO_VICTIM");
        log(id, "2026-12-09T10:00:00Z", "PHONE", "SPOKE_TO_VICTIM");
        given().contentType("application/json").body(ContactFixtures.contact(Instant.parse("2026-12-07T10:00:00Z"), "PHONE", "SPOKE_TO_VICTIM"))
                .post("/api/v1/caseload/" + id + "/contacts/" + first + "/amendments").then().statusCode(201);
        given().get("/api/v1/caseload/" + id + "/contacts").then().statusCode(200)
                .body("figures.minutesToFirstAttempt", equalTo(150))
                .body("figures.minutesToFirstSuccessfulContact", equalTo(30 * 60));
    }

    private static String log(String id, String at, String method, String outcome) {
        return given().contentType("application/json").body(ContactFixtures.contact(Instant.parse(at), method, outcome))
                .post("/api/v1/caseload/" + id + "/contacts").then().statusCode(201).extract().path("id");
    }

    @Test
    void theAdvocateClosesSupportWithOutcomesWithoutClosingTheReferralAndReopensItWithAReason() {
        ContactFixtures.World w = fixtures.world();
        String id = fixtures.acceptedCase(w, identity, "Close" + w.p().housing(), 16);
        w.asIdva(identity);
        take(id);
        int version = ContactFixtures.version(id);
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(Map.of("reason", "SUPPORT_COMPLETED"))
                .post("/api/v1/caseload/" + id + "/closure").then().statusCode(400)
                .body("errors.field", equalTo(List.of("physicalAbuse", "sexualAbuse", "harassmentAndStalking", "jealousAndControlling",
                        "feelsSafer")));
        Map<String, String> closing = Map.of("reason", "SUPPORT_COMPLETED", "physicalAbuse", "STOPPED", "sexualAbuse", "SAME",
                "harassmentAndStalking", "REDUCED", "jealousAndControlling", "REDUCED", "feelsSafer", "YES");
        w.asOtherIdva(identity);
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(closing)
                .post("/api/v1/caseload/" + id + "/closure").then().statusCode(403);
        w.asIdva(identity);
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(closing)
                .post("/api/v1/caseload/" + id + "/closure").then().statusCode(200)
                .body("supportOpen", equalTo(false)).body("closure.physicalAbuse", equalTo("STOPPED"))
                .body("closure.feelsSafer", equalTo("YES"));
        assertEquals("SUPPORT_CLOSED", row(id).get("status"));
        given().contentType("application/json").body(ContactFixtures.contact(Instant.now().minusSeconds(60), "PHONE", "NO_ANSWER"))
                .post("/api/v1/caseload/" + id + "/contacts").then().statusCode(409);
        given().contentType("application/json").header("If-Match", String.valueOf(version + 1)).body(closing)
                .post("/api/v1/caseload/" + id + "/closure").then().statusCode(409);
        w.p().signInCoordinator(identity);
        given().get("/api/v1/referrals/" + id).then().statusCode(200).body("state", equalTo("ACCEPTED"));

        w.asIdva(identity);
        given().contentType("application/json").header("If-Match", String.valueOf(version + 1)).body("{}")
                .post("/api/v1/caseload/" + id + "/reopening").then().statusCode(400).body("errors.field", hasItem("reason"));
        given().contentType("application/json").header("If-Match", String.valueOf(version + 1))
                .body(Map.of("reason", "She called the helpline again")).post("/api/v1/caseload/" + id + "/reopening")
                .then().statusCode(200).body("supportOpen", equalTo(true))
                .body("history.what", equalTo(List.of("SERVICE", "ALLOCATED", "CLOSED", "REOPENED")));
        assertTrue(given().get("/api/v1/caseload/" + id + "/contacts").then().extract().jsonPath().getBoolean("canLog"),
                "reopened support can be logged against again");
    }
}
