package org.roundtable.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;

/** Bad input at the boundary is a 400 that names the field: never coerced, never a 500. */
@QuarkusTest
class StrictInputTest {

    private static ValidatableResponse postReferral(String json) {
        return given().contentType("application/json").body(json).post("/api/v1/referrals").then()
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "strict-referrer", roles = "referrer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-referrer"), @Claim(key = "agency", value = "HOUSING") })
    void aNulCharacterInAnyStringOrKeyIsAFieldError() {
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"victim\":{\"firstName\":\"Sa\\u0000rah\"}}}").statusCode(400)
                .body("errors.field", hasItem("draft.victim.firstName"))
                .body("errors.message", hasItem(TextRules.MESSAGE));
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"answers\":{\"inj\\u0000ury\":\"yes\"}}}").statusCode(400)
                .body("errors.field", hasItem(containsString("draft.answers")));
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"incidentSummary\":\"bell \\u0007 here\"}}").statusCode(400)
                .body("errors.field", hasItem("draft.incidentSummary"));
    }

    @Test
    @TestSecurity(user = "strict-referrer", roles = "referrer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-referrer"), @Claim(key = "agency", value = "HOUSING") })
    void tabsNewlinesAndEmojiAreOrdinaryText() {
        given().contentType("application/json")
                .body("{\"kind\":\"MARAC\",\"draft\":{\"incidentSummary\":\"line one\\n\\tline two \\uD83D\\uDE00\"}}")
                .post("/api/v1/referrals").then().statusCode(201)
                .body("draft.incidentSummary", equalTo("line one\n\tline two \uD83D\uDE00"));
    }

    @Test
    @TestSecurity(user = "strict-referrer", roles = "referrer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-referrer"), @Claim(key = "agency", value = "HOUSING") })
    void valuesOfTheWrongTypeAreRefusedNotCoerced() {
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"victim\":{\"firstName\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":19900101}}}")
                .statusCode(400).body("errors.field", hasItem("draft.victim.dateOfBirth"))
                .body("errors.message", hasItem(containsString("date written as text")));
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"victim\":{\"firstName\":42}}}").statusCode(400)
                .body("errors.field", hasItem("draft.victim.firstName"));
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"consent\":1}}").statusCode(400)
                .body("errors.field", hasItem("draft.consent"))
                .body("errors.message", hasItem(containsString("GIVEN")));
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"professionalJudgement\":2}}").statusCode(400)
                .body("errors.field", hasItem("draft.professionalJudgement"));
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"policeIncidents12Months\":\"3\"}}").statusCode(400)
                .body("errors.field", hasItem("draft.policeIncidents12Months"));
    }

    @Test
    @TestSecurity(user = "strict-referrer", roles = "referrer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-referrer"), @Claim(key = "agency", value = "HOUSING") })
    void unknownPropertiesNullsInMapsAndOverflowAreNamed() {
        postReferral("{\"kind\":\"MARAC\",\"colour\":\"red\"}").statusCode(400)
                .body("errors.field", hasItem("colour"))
                .body("errors.message", hasItem(containsString("no field colour")));
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"victim\":{\"firstName\":\"A\",\"shoeSize\":9}}}").statusCode(400)
                .body("errors.field", hasItem("draft.victim.shoeSize"));
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"answers\":{\"injury\":null}}}").statusCode(400)
                .body("errors.field", hasItem("draft.answers.injury"));
        postReferral("{\"kind\":\"MARAC\",\"draft\":{\"policeIncidents12Months\":99999999999999999999}}").statusCode(400)
                .body("errors.field", hasItem("draft.policeIncidents12Months"));
    }

    @Test
    @TestSecurity(user = "strict-referrer", roles = "referrer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-referrer"), @Claim(key = "agency", value = "HOUSING") })
    void malformedJsonSaysWhere() {
        postReferral("{\"kind\":\"MARAC\",\n \"draft\": {").statusCode(400)
                .body("detail", containsString("line 2"))
                .body("errors.field", hasItem("draft"));
        postReferral("{\"kind\":\"MARAC\",\n \"draft\": {]}").statusCode(400)
                .body("detail", containsString("line 2, column"))
                .body("errors.field", hasItem("draft"));
        postReferral("{\"kind\":\"MARAC\"} trailing").statusCode(400)
                .body("errors.field", hasItem("body"));
    }

    @Test
    @TestSecurity(user = "strict-referrer", roles = "referrer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-referrer"), @Claim(key = "agency", value = "HOUSING") })
    void aControlCharacterInAPathOrQueryParameterIsAFieldError() {
        given().urlEncodingEnabled(false).get("/api/v1/checklists/%00").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("code"));
        given().queryParam("lastName", "a\u0001b").get("/api/v1/referrals/search").then().statusCode(400)
                .body("errors.field", hasItem("lastName"));
    }

    @Test
    @TestSecurity(user = "strict-admin", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-admin"), @Claim(key = "agency", value = "ASBTEAM") })
    void aControlCharacterInAPageFormNamesTheFieldAndSavesNothing() {
        String name = Forms.unique("Nul Agency ");
        Forms.post("/admin/agencies/new", "/admin/agencies",
                        Map.of("name", name + "\u0000", "shortCode", Forms.unique("N"), "type", "HOUSING", "active", "true"))
                .then().statusCode(400).body(containsString("name: " + TextRules.MESSAGE));
        given().accept("text/html").get("/admin/agencies").then().statusCode(200).body(not(containsString(name)));
    }

    @Test
    @TestSecurity(user = "strict-referrer", roles = "referrer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-referrer"), @Claim(key = "agency", value = "HOUSING") })
    void textLongerThanItsDeclaredLimitIsKeptInTheDraftAndNamedAtSubmit() {
        String officer = "x".repeat(Limits.PERSON_LABEL + 1);
        String id = given().contentType("application/json").body("{\"kind\":\"MARAC\",\"draft\":{\"officerName\":\"" + officer
                + "\",\"children\":[{\"firstName\":\"Amy\",\"age\":3,\"notes\":\"" + "n".repeat(Limits.NAME + 1) + "\"}]}}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0")
                .body("{\"victim\":{\"firstName\":\"Ann\",\"lastName\":\"Lee\",\"dateOfBirth\":\"1850-01-01\"},\"officerName\":\""
                        + officer + "\",\"children\":[{\"firstName\":\"Amy\",\"age\":3,\"notes\":\"" + "n".repeat(Limits.NAME + 1) + "\"}]}")
                .put("/api/v1/referrals/" + id + "/draft").then().statusCode(200).body("draft.officerName", equalTo(officer));
        given().contentType("application/json").header("If-Match", "1").post("/api/v1/referrals/" + id + "/submit")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("officerName"))
                .body("errors.message", hasItem("The officer's name must be " + Limits.PERSON_LABEL + " characters or fewer"))
                .body("errors.field", hasItem("children[0].notes"))
                .body("errors.field", hasItem("victim.dateOfBirth"));
    }

    @Test
    @TestSecurity(user = "strict-coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-coordinator"), @Claim(key = "agency", value = "ASBTEAM") })
    void aLongReasonOnAnyOtherBodyIsRefusedBeforeAnythingIsRead() {
        given().contentType("application/json").header("If-Match", "0")
                .body("{\"to\":\"ACCEPTED\",\"reason\":\"" + "r".repeat(Limits.REASON + 1) + "\"}")
                .post("/api/v1/referrals/" + java.util.UUID.randomUUID() + "/transitions").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("reason"))
                .body("errors.message", hasItem("Reason must be " + Limits.REASON + " characters or fewer"));
    }

    @Test
    @TestSecurity(user = "strict-referrer", roles = "referrer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "strict-referrer"), @Claim(key = "agency", value = "HOUSING") })
    void anAnswerToAQuestionTheChecklistDoesNotAskIsNamedAtSubmit() {
        String id = given().contentType("application/json")
                .body("{\"kind\":\"MARAC\",\"draft\":{\"answers\":{\"shoe-size\":\"yes\",\"injury\":\"perhaps\"}}}")
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.find { it.field == 'answers.shoe-size' }.message", equalTo("There is no question shoe-size on this checklist"))
                .body("errors.find { it.field == 'answers.injury' }.message", equalTo("Choose one of the answers offered"));
    }
}
