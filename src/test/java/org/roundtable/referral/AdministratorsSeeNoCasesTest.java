package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Identities;

/**
 * docs/security-model.md: administrators and auditors see no case content, whatever other roles they also hold.
 * The same person is asked as a coordinator (sees the case), then as a coordinator who is also an administrator or
 * an auditor (sees nothing).
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class AdministratorsSeeNoCasesTest {

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    EntityManager entityManager;

    @Test
    void aCoordinatorWhoIsAlsoAnAdministratorOrAuditorReadsNoReferral() {
        ReferralFixtures.Partnership p = fixtures.partnership();
        p.signInReferrer(identity);
        String id = given().contentType("application/json")
                .body(Map.of("kind", "marac", "draft", fixtures.completeMaracDraft("Nadia", "Okonjo", LocalDate.of(1991, 6, 2))))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit")
                .then().statusCode(200).body("state", equalTo("SUBMITTED"));
        String reference = QuarkusTransaction.requiringNew().call(() -> entityManager.find(Referral.class, UUID.fromString(id)).reference);

        p.signInCoordinator(identity);
        given().get("/api/v1/referrals/" + id).then().statusCode(200).body("reference", equalTo(reference));
        given().get("/api/v1/referrals/screening-queue").then().statusCode(200).body("id", hasItem(id));

        for (String overriding : new String[] { "admin", "auditor" }) {
            Identities.signIn(identity, p.coordinatorSubject(), "Ben Carter", "ASBTEAM", "coordinator", overriding);
            given().get("/api/v1/referrals/" + id).then().statusCode(403).contentType("application/problem+json")
                    .body("title", not(equalTo(null)));
            given().queryParam("reference", reference).get("/api/v1/referrals/search").then().statusCode(200).body("$", hasSize(0));
            given().get("/api/v1/referrals/screening-queue").then().statusCode(200).body("id", not(hasItem(id)));
        }
    }
}
