package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Known perpetrators, victims known to another conference, and the ASB Community Trigger, for coordinators. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class CaseFlagsTest {

    private static final LocalDate BORN = LocalDate.of(1979, 12, 1);

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = fixtures.partnership();
    }

    private ValidatableResponse submit(String kind, ReferralDraft draft) {
        p.signInReferrer(identity);
        String id = given().contentType("application/json").body(Map.of("kind", kind, "draft", draft))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        return given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then()
                .statusCode(200);
    }

    /** An ASBRAC referral about an already recorded person, referred on professional judgement. */
    private ReferralDraft asbAbout(String personId) {
        return fixtures.asbDraft(null, UUID.fromString(personId), List.of());
    }

    private void asAsbCoordinator() {
        fixtures.signInAsbCoordinator(p, identity);
    }

    @Test
    void aPerpetratorKnownFromAnotherVictimIsFlaggedToTheCoordinatorOnly() {
        var first = submit("MARAC", fixtures.completeMaracDraft("Alice", "Firstvictim" + p.housing(), BORN));
        var second = submit("MARAC", fixtures.completeMaracDraft("Beth", "Secondvictim" + p.housing(), BORN));
        String secondId = second.extract().path("id");
        p.signInCoordinator(identity);
        given().get("/api/v1/referrals/" + secondId).then().body("flags.knownPerpetrators", empty());
        given().contentType("application/json").body(Map.of("survivorId", first.extract().path("perpetrators[0].person.id"),
                "mergedId", second.extract().path("perpetrators[0].person.id"), "reason", "Same man: PNC record"))
                .post("/api/v1/people/merges").then().statusCode(201);

        given().get("/api/v1/referrals/" + secondId).then().body("flags.knownPerpetrators[0].otherVictims", equalTo(1))
                .body("flags.knownPerpetrators[0].name", equalTo("Kevin Firstvictim" + p.housing()));
        given().accept("text/html").get("/cases/" + secondId).then()
                .body(org.hamcrest.Matchers.containsString("Known perpetrator: Kevin Firstvictim" + p.housing() + ", 1 other victim"));
        p.signInReferrer(identity);
        given().get("/api/v1/referrals/" + secondId).then().statusCode(200).body("flags.knownPerpetrators", empty());
    }

    @Test
    void aVictimKnownToAnotherConferenceIsShownToTheCoordinatorsOfBoth() {
        var marac = submit("MARAC", fixtures.completeMaracDraft("Carla", "Bothkinds" + p.housing(), BORN));
        String personId = marac.extract().path("victim.id");
        String asbId = submit("ASBRAC", asbAbout(personId)).extract().path("id");

        p.signInCoordinator(identity);
        given().get("/api/v1/referrals/" + marac.extract().path("id")).then().body("flags.victimKnownTo", equalTo(List.of("ASBRAC")));
        asAsbCoordinator();
        given().get("/api/v1/referrals/" + asbId).then().body("flags.victimKnownTo", equalTo(List.of("MARAC")));
    }

    @Test
    void theThirdAsbReferralInSixMonthsMeetsTheCommunityTrigger() {
        String personId = submit("MARAC", fixtures.completeMaracDraft("Dora", "Trigger" + p.housing(), BORN)).extract().path("victim.id");
        String firstAsb = submit("ASBRAC", asbAbout(personId)).extract().path("id");
        String secondAsb = submit("ASBRAC", asbAbout(personId)).extract().path("id");
        String thirdAsb = submit("ASBRAC", asbAbout(personId)).extract().path("id");

        asAsbCoordinator();
        given().get("/api/v1/referrals/" + firstAsb).then().body("flags.communityTriggerComplaints", nullValue());
        given().get("/api/v1/referrals/" + secondAsb).then().body("flags.communityTriggerComplaints", nullValue());
        given().get("/api/v1/referrals/" + thirdAsb).then().body("flags.communityTriggerComplaints", equalTo(3));
        given().accept("text/html").get("/cases/screening").then().body(org.hamcrest.Matchers.containsString("Community Trigger"));
    }
}
