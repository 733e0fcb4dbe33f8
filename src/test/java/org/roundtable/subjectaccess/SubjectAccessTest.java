package org.roundtable.subjectaccess;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;

/** A coordinator produces everything held about one person, including who has looked at their records. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class SubjectAccessTest {

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    EntityManager entityManager;

    @Test
    void subjectAccessHoldsTheRecordsTheAuditOfViewsAndWhomToRedact() {
        ReferralFixtures.Partnership p = fixtures.partnership();
        String lastName = "Sabrewing" + p.housing();
        p.signInReferrer(identity);
        String id = given().contentType("application/json")
                .body(Map.of("kind", "marac", "draft", fixtures.completeMaracDraft("Sarah", lastName, LocalDate.of(1990, 3, 27))))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
        // Someone at the IDVA service reads the case: that look must be in the export.
        Identities.signIn(identity, "idva-reader-" + p.idva(), "Ivy Advocate", p.idva(), "idva");
        String victimId = given().get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("victim.id");

        p.signInCoordinator(identity);
        String json = given().get("/api/v1/people/" + victimId + "/subject-access").then().statusCode(200)
                .header("Content-Disposition", containsString("subject-access-" + victimId + ".json"))
                .body("personId", equalTo(victimId))
                .body("sections.person[0].first_name", equalTo("Sarah")).body("sections.person[0].safe_phone", equalTo("07700 900123"))
                .body("sections.referrals", hasSize(1)).body("sections.referrals[0].role", equalTo("VICTIM"))
                .body("sections.referrals[0].incident_summary", containsString("threats to kill"))
                .body("sections.referrals[0].answer_notes", containsString("Bruising to the face"))
                .body("sections.identities.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("sections.accessLog.findAll { it.actor_name == 'Ivy Advocate' }.action", hasItem("referral.view"))
                .body("sections.accessLog.findAll { it.actor_name == 'Grace Okafor' }.action", hasItem("referral.submitted"))
                .body("othersMentioned.name", hasItem("Kevin " + lastName)).body("othersMentioned.name", hasItem("Mia " + lastName))
                .body("othersMentioned.find { it.name == 'Kevin " + lastName + "' }.role", equalTo("PERPETRATOR"))
                .body("othersMentioned.name", hasItem("PC 1234 Evans"))
                .extract().asString();
        assertFalse(json.contains("match_name"), json);

        byte[] pdf = given().get("/api/v1/people/" + victimId + "/subject-access/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF"));
        given().get("/people/" + victimId + "/subject-access").then().statusCode(200)
                .body(containsString("Download PDF")).body(containsString("Sarah " + lastName))
                .body(containsString("Who has looked at or changed these records"));
        given().get("/cases/" + id).then().statusCode(200).body(containsString("/people/" + victimId + "/subject-access"));

        // Each export is audited with the person's id, never their name.
        var exports = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select detail from audit_event where action = 'subject-access.export' and entity_id = :id order by id")
                .setParameter("id", victimId).getResultList());
        assertEquals(2, exports.size(), exports.toString());
        assertTrue(exports.get(0).toString().startsWith("format: json; person=1;"), exports.toString());
        assertFalse(exports.toString().contains(lastName), exports.toString());

        // A coordinator of another conference, and a referrer, get nothing.
        fixtures.signInAsbCoordinator(p, identity);
        given().get("/api/v1/people/" + victimId + "/subject-access").then().statusCode(403);
        p.signInReferrer(identity);
        given().get("/api/v1/people/" + victimId + "/subject-access").then().statusCode(403);
    }
}
