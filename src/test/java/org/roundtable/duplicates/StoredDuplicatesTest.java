package org.roundtable.duplicates;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Forms;

/** Possible duplicates are found when people are recorded and stored; reading a case runs no matching. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class StoredDuplicatesTest {

    private static final LocalDate BORN = LocalDate.of(1979, 11, 3);

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    DuplicateChecks checks;

    @Inject
    StoredDuplicates stored;

    @Inject
    EntityManager entityManager;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = fixtures.partnership();
    }

    private Map<String, String> submitted(String first, String last) {
        p.signInReferrer(identity);
        String id = given().contentType("application/json")
                .body(Map.of("kind", "MARAC", "draft", fixtures.completeMaracDraft(first, last, BORN)))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        String victim = given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit")
                .then().statusCode(200).extract().path("victim.id");
        return Map.of("case", id, "victim", victim);
    }

    private String casePage(String caseId) {
        return given().accept("text/html").get("/cases/" + caseId).then().statusCode(200).extract().asString();
    }

    private void forgetChecks(String personId) {
        QuarkusTransaction.requiringNew().run(() -> stored.forget(UUID.fromString(personId)));
    }

    @Test
    void theDuplicatesFoundAfterSubmitAreWhatTheCasePageShowsAndViewingMatchesNothing() {
        String surname = "Storedup" + p.housing();
        Map<String, String> earlier = submitted("Rosalind", surname);
        Map<String, String> later = submitted("Rosalynd", surname);
        checks.settled().join();

        List<StoredDuplicates.Stored> found = QuarkusTransaction.requiringNew().call(
                () -> stored.of(List.of(UUID.fromString(later.get("victim")))));
        // Best first: the earlier victim (others in the shared test database may follow, further down).
        assertEquals(UUID.fromString(earlier.get("victim")), found.get(0).candidateId(), found.toString());
        assertFalse(found.get(0).reasons().isEmpty(), "the reasons are stored with the candidate");

        p.signInCoordinator(identity);
        String page = casePage(later.get("case"));
        assertTrue(page.contains("People who may be recorded twice") && page.contains("Rosalind " + surname), page);

        // With what was stored for the victim gone, the page no longer shows the earlier victim: it reads the stored check
        // and never matches on a view.
        forgetChecks(later.get("victim"));
        String afterForgetting = casePage(later.get("case"));
        assertFalse(afterForgetting.contains("Rosalind " + surname), afterForgetting);
        assertTrue(afterForgetting.contains("Check for duplicates now"), "a coordinator may check again");

        var checked = Forms.post("/cases/" + later.get("case"), "/cases/" + later.get("case") + "/duplicates", Map.of());
        assertEquals(303, checked.statusCode(), checked.asString());
        String afterChecking = given().accept("text/html").get(checked.header("Location").replaceAll("^https?://[^/]+", "")).then()
                .statusCode(200).extract().asString();
        assertTrue(afterChecking.contains("Checked the people on this case for earlier records: ")
                && afterChecking.contains("may be the same as someone on this case") && afterChecking.contains("Rosalind " + surname),
                afterChecking);
    }

    @Test
    void theCatchUpJobChecksPeopleNeverChecked() {
        String surname = "Catchup" + p.housing();
        Map<String, String> earlier = submitted("Philippa", surname);
        Map<String, String> later = submitted("Phillipa", surname);
        checks.settled().join();
        forgetChecks(later.get("victim"));
        UUID laterVictim = UUID.fromString(later.get("victim"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> stored.neverChecked(100_000)).contains(laterVictim));

        // Newest case first, so one run reaches this person whatever else waits in the shared database; a run finding
        // the scheduled job holding the lock is skipped, and then tried again.
        java.util.Optional<Integer> checked = checks.catchUp();
        while (checked.isEmpty()) {
            checked = checks.catchUp();
        }
        assertTrue(checked.get() > 0, "the run checked the people waiting");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> stored.neverChecked(100_000)).contains(laterVictim));
        assertEquals(UUID.fromString(earlier.get("victim")), QuarkusTransaction.requiringNew().call(
                () -> stored.of(List.of(laterVictim))).get(0).candidateId());
    }

    @Test
    void onlyACoordinatorOfTheCaseKindChecksForDuplicates() {
        Map<String, String> submitted = submitted("Imogen", "Onlycoord" + p.housing());
        checks.settled().join();
        String page = casePage(submitted.get("case"));
        assertFalse(page.contains("Check for duplicates now"), "the referrer is not offered the check");
        var refused = Forms.post("/referrals/new", "/cases/" + submitted.get("case") + "/duplicates", Map.of());
        assertEquals(403, refused.statusCode(), refused.asString());
        assertFalse(refused.asString().contains("Imogen"), "a refusal shows nothing of the case");

        // A coordinator, but of ASBRAC only: the MARAC case is not theirs to check.
        fixtures.signInAsbCoordinator(p, identity);
        var otherKind = Forms.post("/meetings/new", "/cases/" + submitted.get("case") + "/duplicates", Map.of());
        assertEquals(403, otherKind.statusCode(), otherKind.asString());
        assertFalse(otherKind.asString().contains("Imogen"), "a refusal shows nothing of the case");
    }
}
