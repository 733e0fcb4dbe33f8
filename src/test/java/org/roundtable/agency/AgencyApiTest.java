package org.roundtable.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.audit.AuditQuery;
import org.roundtable.audit.AuditService;
import org.roundtable.support.Forms;

@QuarkusTest
class AgencyApiTest {

    @Inject
    AuditService audit;

    @Inject
    AgencyService agencies;

    @Test
    void withoutSignInTheApiAnswers401() {
        given().get("/api/v1/agencies").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "referrer1", roles = "referrer")
    void aReferrerIsForbiddenAgencyAdministration() {
        given().get("/api/v1/agencies").then().statusCode(403)
                .contentType("application/problem+json").body("title", equalTo("Forbidden"));
        given().contentType("application/json").body(Map.of("name", "X", "shortCode", "XX", "type", "POLICE", "active", true))
                .post("/api/v1/agencies").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "agency", value = "ASBTEAM"), @Claim(key = "name", value = "Alex Morgan"),
            @Claim(key = "sub", value = "admin-subject-1") })
    void anAdministratorAddsAndChangesAnAgencyAndEachChangeIsAudited() {
        String code = Forms.unique("AP");
        String id = given().contentType("application/json")
                .body(Map.of("name", "Luton Women's Aid", "shortCode", code.toLowerCase(), "type", "REFUGE", "active", true))
                .post("/api/v1/agencies")
                .then().statusCode(201)
                .body("shortCode", equalTo(code)).body("typeLabel", equalTo("Refuge")).body("version", equalTo(0))
                .extract().path("id");

        given().get("/api/v1/agencies").then().statusCode(200).body("shortCode", hasItem(code));

        given().contentType("application/json").header("If-Match", "0")
                .body(Map.of("name", "Luton Women's Aid Refuge", "shortCode", code, "type", "REFUGE", "active", false))
                .put("/api/v1/agencies/" + id)
                .then().statusCode(200).body("name", equalTo("Luton Women's Aid Refuge")).body("active", equalTo(false))
                .body("version", equalTo(1));

        var events = audit.search(new AuditQuery(null, null, "agency", id, null, null));
        assertEquals(2, events.size());
        assertEquals("agency.update", events.get(0).action);
        assertEquals("Alex Morgan", events.get(0).actorName);
        assertEquals("ASBTEAM", events.get(0).actorAgency);
        assertEquals("agency.create", events.get(1).action);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void aBlankNameAndAMissingTypeAreNamedInTheProblem() {
        given().contentType("application/json").body(Map.of("name", " ", "shortCode", Forms.unique("BL"), "active", true))
                .post("/api/v1/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(java.util.List.of("name", "type")))
                .body("errors[0].message", equalTo("Enter the agency's name"));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void aDuplicateShortCodeIsRefusedWhateverItsCaseAndNothingIsSaved() {
        String code = Forms.unique("DU");
        given().contentType("application/json").body(Map.of("name", "First", "shortCode", code, "type", "HEALTH", "active", true))
                .post("/api/v1/agencies").then().statusCode(201);
        int before = agencies.list().size();

        given().contentType("application/json")
                .body(Map.of("name", "Second", "shortCode", code.toLowerCase(), "type", "HEALTH", "active", true))
                .post("/api/v1/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("shortCode"))
                .body("errors[0].message", equalTo("Short code " + code + " is already used by First"));
        assertEquals(before, agencies.list().size());
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void aContactEmailIsKeptTrimmedAndAMalformedOneIsNamed() {
        String code = Forms.unique("CE");
        given().contentType("application/json").body(Map.of("name", "Mailbox Trust", "shortCode", code, "type", "HEALTH",
                "active", true, "contactEmail", "marac@trust"))
                .post("/api/v1/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("contactEmail")))
                .body("errors[0].message", equalTo("Contact email must have a dot in the domain after the @, like marac@agency.gov.uk"));
        assertEquals(java.util.Optional.empty(), agencies.findByShortCode(code), "nothing is saved");

        String id = given().contentType("application/json").body(Map.of("name", "Mailbox Trust", "shortCode", code, "type", "HEALTH",
                "active", true, "contactEmail", " marac@trust.example "))
                .post("/api/v1/agencies").then().statusCode(201).body("contactEmail", equalTo("marac@trust.example"))
                .extract().path("id");
        var events = audit.search(new AuditQuery(null, null, "agency", id, null, null));
        assertTrue(events.get(0).detail.contains("marac@trust.example"), "the audit line names the mailbox: " + events.get(0).detail);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anUnknownAgencyTypeIsAFieldErrorNotAStackTrace() {
        given().contentType("application/json").body(Map.of("name", "N", "shortCode", Forms.unique("TY"), "type", "PIRATES"))
                .post("/api/v1/agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body(not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void aStaleEditGets409WithTheCurrentVersionAndDoesNotOverwrite() {
        String code = Forms.unique("ST");
        String id = given().contentType("application/json")
                .body(Map.of("name", "Original", "shortCode", code, "type", "HOUSING", "active", true))
                .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0")
                .body(Map.of("name", "First edit", "shortCode", code, "type", "HOUSING", "active", true))
                .put("/api/v1/agencies/" + id).then().statusCode(200);

        given().contentType("application/json").header("If-Match", "0")
                .body(Map.of("name", "Second edit from an old page", "shortCode", code, "type", "HOUSING", "active", true))
                .put("/api/v1/agencies/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("current.name", equalTo("First edit")).body("current.version", equalTo(1));

        given().get("/api/v1/agencies/" + id).then().statusCode(200).body("name", equalTo("First edit"))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void membersOfAConferenceKindAreSetExactly() {
        String a = given().contentType("application/json")
                .body(Map.of("name", "Member A", "shortCode", Forms.unique("MA"), "type", "POLICE", "active", true))
                .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        String b = given().contentType("application/json")
                .body(Map.of("name", "Member B", "shortCode", Forms.unique("MB"), "type", "HEALTH", "active", true))
                .post("/api/v1/agencies").then().statusCode(201).extract().path("id");

        given().contentType("application/json").body(Map.of("agencyIds", java.util.List.of(a, b)))
                .put("/api/v1/conference-kinds/sarac/member-agencies").then().statusCode(200).body("id", hasItem(b));
        given().contentType("application/json").body(Map.of("agencyIds", java.util.List.of(a)))
                .put("/api/v1/conference-kinds/SARAC/member-agencies").then().statusCode(200)
                .body("id", hasItem(a)).body("id", not(hasItem(b)));
        given().get("/api/v1/agencies/" + b).then().body("conferenceKinds", hasSize(0));
        given().contentType("application/json").body(Map.of("agencyIds", java.util.List.of(a)))
                .put("/api/v1/conference-kinds/NOPE/member-agencies").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anEmptyMembershipIsRefusedWithAFieldError() {
        java.util.List<String> before = given().get("/api/v1/conference-kinds").then().statusCode(200).extract()
                .path("find { it.code == 'ASBRAC' }.memberAgencies.id");
        given().contentType("application/json").body(Map.of("agencyIds", java.util.List.of()))
                .put("/api/v1/conference-kinds/ASBRAC/member-agencies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("agencyIds")))
                .body("errors[0].message", equalTo("Select at least one member agency for the ASBRAC"));
        given().get("/api/v1/conference-kinds").then().statusCode(200)
                .body("find { it.code == 'ASBRAC' }.memberAgencies.id", equalTo(before));
    }
}
