package org.roundtable.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;
import org.roundtable.web.Clocks;

/** Person-match lookups cannot be used to find out who someone is, or where they are known; each is audited and counted. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class MatchingPrivacyTest {

    private static final LocalDate BORN = LocalDate.of(1990, 3, 27);

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    EntityManager entityManager;

    @Inject
    PersonLookups lookups;

    private ReferralFixtures.Partnership p;
    private String lastName;

    @BeforeEach
    void aMaracVictim() {
        p = fixtures.partnership();
        lastName = "Thistlewood" + p.housing();
        p.signInReferrer(identity);
        String id = given().contentType("application/json")
                .body(Map.of("kind", "marac", "draft", fixtures.completeMaracDraft("Sarah", lastName, BORN)))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void aPhoneNumberOrADateOfBirthOrAnEmailAloneShowsNobodyAndSaysWhy() {
        p.signInReferrer(identity);
        for (Map<String, String> query : List.of(Map.of("phone", "07700 900123"), Map.of("dateOfBirth", "1990-03-27"),
                Map.of("email", "sarah@example.org"), Map.of("phone", "07700 900123", "dateOfBirth", "1990-03-27", "town", "Leighton Buzzard"),
                Map.of("firstName", "S", "dateOfBirth", "1990-03-27"), Map.of("firstName", "Sarah", "town", "Leighton Buzzard"),
                Map.of("lastName", lastName))) {
            String body = given().queryParams(query).get("/api/v1/referrals/person-matches").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors", hasSize(1)).body("errors[0].field", equalTo("lastName"))
                    .body("errors[0].message", containsString("and at least one more of first name, date of birth"))
                    .extract().asString();
            assertFalse(body.contains("Sarah " + lastName), body);
        }
        // The same lookups through the service pages use: nobody, and the reason.
        String auditedBefore = latestDetail("person.match.refused", "author-" + p.housing());
        assertTrue(auditedBefore.startsWith("fields: "), auditedBefore);
        assertFalse(auditedBefore.contains(lastName), "the audit names the fields, not their values: " + auditedBefore);
        // Surname and phone is enough.
        given().queryParam("lastName", lastName).queryParam("phone", "07700 900123").get("/api/v1/referrals/person-matches").then()
                .statusCode(200).body("[0].name", equalTo("Sarah " + lastName)).body("[0].knownTo", equalTo(List.of("MARAC")));
        // A first name of two letters or more stands in for a surname not known, with one more identifier.
        given().queryParam("firstName", "Sarah").queryParam("dateOfBirth", "1990-03-27").get("/api/v1/referrals/person-matches").then()
                .statusCode(200).body("find { it.name == 'Sarah " + lastName + "' }.knownTo", equalTo(List.of("MARAC")));
        String firstNameLookup = latestDetail("person.match", "author-" + p.housing());
        assertTrue(firstNameLookup.startsWith("fields: firstName,dateOfBirth; shown: ") && firstNameLookup.contains(personId()), firstNameLookup);
    }

    @Test
    void someoneKnownOnlyToAnotherConferenceShowsAsThatAndItsCoordinatorsSeeWhoLooked() {
        // The fire service sits on ASBRAC only: the MARAC victim is known to another conference, nothing more.
        Identities.signIn(identity, "fire-referrer-" + p.fire(), "Frank Fireman", p.fire(), "referrer");
        String body = given().queryParam("firstName", "Sarah").queryParam("lastName", lastName).queryParam("dateOfBirth", "1990-03-27")
                .get("/api/v1/referrals/person-matches").then().statusCode(200)
                .body("", hasSize(1)).body("[0].knownToAnotherConference", equalTo(true)).body("[0].personId", nullValue())
                .body("[0].name", nullValue()).body("[0].dateOfBirth", nullValue()).body("[0].town", nullValue())
                .body("[0].knownTo", hasSize(0)).body("[0].reasons", hasSize(0))
                .extract().asString();
        assertFalse(body.contains("Sarah"), body);
        assertFalse(body.contains("MARAC"), body);
        assertFalse(body.contains("1990"), body);

        String personId = personId();
        String detail = latestDetail("person.match", "fire-referrer-" + p.fire());
        assertEquals("fields: firstName,lastName,dateOfBirth; shown: none; withheld: " + personId, detail);

        p.signInCoordinator(identity);
        String lookupsBody = given().get("/api/v1/lookups/from-other-conferences").then().statusCode(200)
                .body("findAll { it.personId == '" + personId + "' }", hasSize(1))
                .body("find { it.personId == '" + personId + "' }.askerName", equalTo("Frank Fireman"))
                .body("find { it.personId == '" + personId + "' }.askerAgency", org.hamcrest.Matchers.startsWith("Fire "))
                .body("find { it.personId == '" + personId + "' }.kind", equalTo("MARAC"))
                .body("find { it.personId == '" + personId + "' }.references", containsString("MARAC-"))
                .extract().asString();
        assertFalse(lookupsBody.contains("@"), "no email addresses: " + lookupsBody);
        given().get("/lookups").then().statusCode(200).body(containsString("Lookups of your cases from other conferences"))
                .body(containsString("Frank Fireman")).body(containsString("Sarah " + lastName));

        // A referrer of a MARAC member agency sees who it is, with the town.
        Identities.signIn(identity, "health-referrer-" + p.health(), "Hattie Health", p.health(), "referrer");
        given().queryParam("firstName", "Sarah").queryParam("lastName", lastName).queryParam("dateOfBirth", "1990-03-27")
                .get("/api/v1/referrals/person-matches").then().statusCode(200)
                .body("[0].name", equalTo("Sarah " + lastName)).body("[0].town", equalTo("Leighton Buzzard"))
                .body("[0].knownTo", equalTo(List.of("MARAC"))).body("[0].knownToAnotherConference", equalTo(false));
        assertEquals("fields: firstName,lastName,dateOfBirth; shown: " + personId + "; withheld: none",
                latestDetail("person.match", "health-referrer-" + p.health()));
    }

    @Test
    @jakarta.enterprise.context.control.ActivateRequestContext
    void aUserOverTheDailyLimitAppearsOnTheAuditorsUnusualActivity() {
        String busy = "busy-" + p.housing();
        Identities.signIn(identity, busy, "Busy Bee", p.housing(), "referrer");
        for (int i = 0; i < 4; i++) {
            given().queryParam("firstName", "Sarah").queryParam("lastName", lastName).get("/api/v1/referrals/person-matches").then()
                    .statusCode(200);
        }
        given().queryParam("phone", "07700 900123").get("/api/v1/referrals/person-matches").then().statusCode(400);
        LocalDate today = Clocks.today(java.time.Clock.systemUTC());
        var overThree = lookups.unusualActivity(4, today.minusDays(1)).stream().filter(d -> d.subject().equals(busy)).toList();
        assertEquals(1, overThree.size(), overThree.toString());
        assertEquals(5, overThree.get(0).lookups());
        assertEquals("Busy Bee", overThree.get(0).name());
        assertTrue(lookups.unusualActivity(5, today.minusDays(1)).stream().noneMatch(d -> d.subject().equals(busy)));

        Identities.signIn(identity, "auditor-" + p.housing(), "Audrey Auditor", null, "auditor");
        given().get("/lookups/unusual-activity").then().statusCode(200).body(containsString("more than 200 person-match lookups"))
                .body(not(containsString("Busy Bee")));
        given().get("/api/v1/lookups/unusual-activity").then().statusCode(200);
        p.signInReferrer(identity);
        given().get("/lookups/unusual-activity").then().statusCode(403);
    }

    private String personId() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select cast(id as text) from person where first_name = 'Sarah' and last_name = :last").setParameter("last", lastName)
                .getSingleResult().toString());
    }

    private String latestDetail(String action, String subject) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select detail from audit_event where action = :action and actor_subject = :subject order by id desc limit 1")
                .setParameter("action", action).setParameter("subject", subject).getSingleResult());
    }
}
