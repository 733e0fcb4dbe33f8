package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.audit.AuditQuery;
import org.roundtable.audit.AuditService;
import org.roundtable.person.CandidateSearch;
import org.roundtable.person.MatchQuery;
import org.roundtable.support.Identities;

/** Coordinators merge two records of the same person and undo it; nothing about either is lost; repeats follow. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class MergesTest {

    private static final LocalDate BORN = LocalDate.of(1982, 4, 16);

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    CandidateSearch candidates;

    @Inject
    AuditService audit;

    @Inject
    org.roundtable.duplicates.DuplicateChecks duplicateChecks;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = fixtures.partnership();
    }

    private void asReferrer() {
        p.signInReferrer(identity);
    }

    private void asCoordinator() {
        p.signInCoordinator(identity);
    }

    private ValidatableResponse submitted(String first, String last) {
        asReferrer();
        String id = given().contentType("application/json")
                .body(Map.of("kind", "MARAC", "draft", fixtures.completeMaracDraft(first, last, BORN)))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        return given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then()
                .statusCode(200);
    }

    private static ValidatableResponse merge(String survivor, String merged, String reason) {
        return given().contentType("application/json").body(Map.of("survivorId", survivor, "mergedId", merged, "reason", reason))
                .post("/api/v1/people/merges").then();
    }

    private List<String> candidatePeople(String first, String last) {
        return candidates.candidates(new MatchQuery(first, last, BORN, null, null, null, null)).stream()
                .map(c -> c.personId().toString()).toList();
    }

    @Test
    void mergeThenUndoRestoresBothPeopleAndTheirLinks() {
        String last = "Kowalczyk" + p.housing();
        var first = submitted("Marta", last);
        String firstReferral = first.extract().path("id");
        String marta = first.extract().path("victim.id");
        var second = submitted("Martha", last.replace("Kowalczyk", "Kowalcyk"));
        String secondReferral = second.extract().path("id");
        String martha = second.extract().path("victim.id");
        String secondPerpetrator = second.extract().path("perpetrators[0].person.id");

        asCoordinator();
        merge(marta, martha, "").statusCode(400).body("errors[0].field", equalTo("reason"));
        String mergeId = merge(marta, martha, "Same DOB and address; confirmed by the IDVA").statusCode(201)
                .body("movedVictimOf", equalTo(List.of(secondReferral))).extract().path("id");
        given().get("/api/v1/referrals/" + secondReferral).then().body("victim.id", equalTo(marta))
                .body("perpetrators[0].person.id", equalTo(secondPerpetrator));
        given().get("/api/v1/referrals/" + firstReferral).then().body("victim.id", equalTo(marta));
        List<String> found = candidatePeople("Martha", last.replace("Kowalczyk", "Kowalcyk"));
        assertTrue(found.contains(marta) && !found.contains(martha), "the merged record's identities are the survivor's: " + found);
        merge(marta, martha, "again").statusCode(409);

        given().contentType("application/json").body(Map.of("reason", "Different people: twins"))
                .post("/api/v1/people/merges/" + mergeId + "/undo").then().statusCode(200).body("undoneAt", notNullValue())
                .body("undoReason", equalTo("Different people: twins"));
        given().get("/api/v1/referrals/" + secondReferral).then().body("victim.id", equalTo(martha))
                .body("victim.firstName", equalTo("Martha")).body("perpetrators[0].person.id", equalTo(secondPerpetrator));
        given().get("/api/v1/referrals/" + firstReferral).then().body("victim.id", equalTo(marta));
        assertTrue(candidatePeople("Martha", last.replace("Kowalczyk", "Kowalcyk")).contains(martha), "Martha is found again");
        given().contentType("application/json").body(Map.of("reason", "twice")).post("/api/v1/people/merges/" + mergeId + "/undo")
                .then().statusCode(409);

        var events = audit.search(new AuditQuery(null, null, "person", marta, null, null));
        // The reasons stay in person_merge: the audit rows name the merge and hold no free text.
        assertTrue(events.stream().anyMatch(e -> e.action.equals("person.merge") && e.reason == null
                && e.detail.startsWith("merge " + mergeId + ": merged ")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.action.equals("person.merge-undo") && e.reason == null
                && e.detail.startsWith("merge " + mergeId + ": restored ")));
        given().get("/api/v1/people/merges/" + mergeId).then().body("reason", containsString("confirmed by the IDVA"))
                .body("undoReason", equalTo("Different people: twins"));
    }

    @Test
    void aMergeMakesALaterReferralARepeatAndUndoingItDoesNot() {
        String last = "Adebayo" + p.housing();
        var earlier = submitted("Funmi", last);
        fixtures.markHeard(earlier.extract().path("id"), LocalDate.now(ZoneId.of("Europe/London")).minusMonths(2));
        String funmi = earlier.extract().path("victim.id");
        // The same alleged perpetrator, linked when the later referral was made: a repeat once the victims are one person.
        ReferralDraft draft = fixtures.completeMaracDraft("Funmilayo", last, BORN);
        ReferralDraft.Perpetrator kevin = new ReferralDraft.Perpetrator(draft.perpetrators().get(0).person(), "Ex-partner",
                UUID.fromString(earlier.extract().path("perpetrators[0].person.id")), null);
        asReferrer();
        String draftId = given().contentType("application/json").body(Map.of("kind", "MARAC", "draft", new ReferralDraft(draft.victim(),
                null, true, List.of(kevin), draft.children(), draft.incidentSummary(), draft.answers(), draft.answerNotes(), false, null, 1,
                ReferralDraft.Consent.GIVEN, null, null))).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        var later = given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + draftId + "/submit")
                .then().statusCode(200).body("repeat", nullValue());
        String laterReferral = later.extract().path("id");

        asCoordinator();
        String mergeId = merge(funmi, later.extract().path("victim.id"), "Funmi is short for Funmilayo; same DOB").statusCode(201)
                .extract().path("id");
        given().get("/api/v1/referrals/" + laterReferral).then().body("repeat.earlierReference", equalTo(earlier.extract().path("reference")));
        given().contentType("application/json").body(Map.of("reason", "Wrong person")).post("/api/v1/people/merges/" + mergeId + "/undo")
                .then().statusCode(200);
        given().get("/api/v1/referrals/" + laterReferral).then().body("repeat", nullValue());
    }

    @Test
    void onlyACoordinatorOfAConferenceThatKnowsBothPeopleMerges() {
        String a = submitted("Ines", "Duarte" + p.housing()).extract().path("victim.id");
        String b = submitted("Inez", "Duarte" + p.housing()).extract().path("victim.id");
        Identities.signIn(identity, "asb-coordinator-" + p.fire(), "Asb Coordinator", "ASBTEAM", "coordinator");
        merge(a, b, "same").statusCode(403).contentType("application/problem+json");
        asReferrer();
        merge(a, b, "same").statusCode(403);
        asCoordinator();
        String mergeId = merge(a, b, "same").statusCode(201).extract().path("id");
        Identities.signIn(identity, "asb-coordinator-" + p.fire(), "Asb Coordinator", "ASBTEAM", "coordinator");
        given().get("/api/v1/people/merges/" + mergeId).then().statusCode(403);
        given().contentType("application/json").body(Map.of("reason", "not mine")).post("/api/v1/people/merges/" + mergeId + "/undo")
                .then().statusCode(403);
        asCoordinator();
        given().get("/api/v1/people/merges/" + mergeId).then().statusCode(200).body("reason", equalTo("same"));
    }

    @Test
    void aCoordinatorComparesMergesAndUndoesFromTheCasePage() {
        String surname = "Pagemerge" + p.housing();
        String earlierVictim = submitted("Martha", surname).extract().path("victim.id");
        var later = submitted("Marta", surname);
        String laterCase = later.extract().path("id");
        String laterVictim = later.extract().path("victim.id");
        duplicateChecks.settled().join();
        asCoordinator();

        String casePage = given().accept("text/html").get("/cases/" + laterCase).then().statusCode(200).extract().asString();
        assertTrue(casePage.contains("People who may be recorded twice"), casePage);
        String compare = "/people/merges/new?first=" + laterVictim + "&second=" + earlierVictim + "&case=" + laterCase;
        assertTrue(casePage.contains(compare), "a link compares the victim with the earlier person");
        String comparison = given().accept("text/html").get(compare).then().statusCode(200).extract().asString();
        assertTrue(comparison.contains("Marta " + surname) && comparison.contains("Martha " + surname), comparison);

        Map<String, Object> fields = new java.util.HashMap<>(Map.of("first", laterVictim, "second", earlierVictim, "case", laterCase,
                "survivor", earlierVictim));
        var missingReason = org.roundtable.support.Forms.post(compare, "/people/merges", fields);
        assertTrue(missingReason.statusCode() == 400 && missingReason.asString().contains("Say why these are the same person"),
                missingReason.asString());
        fields.put("reason", "Same date of birth and address; the IDVA confirmed the spelling");
        fields.put("survivor", "00000000-0000-0000-0000-000000000000");
        var tampered = org.roundtable.support.Forms.post(compare, "/people/merges", fields);
        assertTrue(tampered.statusCode() == 400 && tampered.asString().contains("Choose whose record to keep"), "only the two offered");
        fields.put("survivor", earlierVictim);
        var merged = org.roundtable.support.Forms.post(compare, "/people/merges", fields);
        assertTrue(merged.statusCode() == 303, merged.asString());
        String mergePage = merged.header("Location").replaceAll("^https?://[^/]+", "");
        String shown = given().accept("text/html").get(mergePage).then().statusCode(200).extract().asString();
        assertTrue(shown.contains("Marta " + surname + " is merged into Martha " + surname) && shown.contains("In force"), shown);
        given().get("/api/v1/referrals/" + laterCase).then().body("victim.id", equalTo(earlierVictim));
        given().accept("text/html").get(compare).then().statusCode(409)
                .body(org.hamcrest.Matchers.containsString("already merged into another record; undo that merge first"));
        assertTrue(given().accept("text/html").get("/cases/" + laterCase).then().extract().asString()
                .contains("href=\"" + mergePage.replaceAll("\\?.*", "") + "\""), "the case page leads to the merge, to see or undo it");

        String undoAction = mergePage.replaceAll("\\?.*", "") + "/undo";
        var undone = org.roundtable.support.Forms.post(mergePage, undoAction, Map.of("reason", "Different people: checked with the GP"));
        assertTrue(undone.statusCode() == 303, undone.asString());
        String after = given().accept("text/html").get(undone.header("Location").replaceAll("^https?://[^/]+", "")).then()
                .statusCode(200).extract().asString();
        assertTrue(after.contains("Undone") && after.contains("Different people: checked with the GP"), after);
        given().get("/api/v1/referrals/" + laterCase).then().body("victim.id", equalTo(laterVictim));

        asReferrer();
        given().accept("text/html").get(compare).then().statusCode(403);
    }
}
