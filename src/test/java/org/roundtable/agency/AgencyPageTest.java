package org.roundtable.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;

@QuarkusTest
@TestSecurity(user = "admin1", roles = "admin")
class AgencyPageTest {

    @Inject
    AgencyService agencies;

    @Test
    void aBlankNameShowsTheErrorSummaryAndKeepsWhatWasTyped() {
        String code = Forms.unique("PG");
        int before = agencies.list().size();
        var response = Forms.post("/admin/agencies/new", "/admin/agencies",
                Map.of("name", "", "shortCode", code, "type", "HOUSING", "active", "true"));

        assertEquals(400, response.statusCode());
        String html = response.asString();
        assertTrue(html.contains("govuk-error-summary"), html);
        assertTrue(html.contains("<a href=\"#name\">Enter the agency&#39;s name</a>"), html);
        assertTrue(html.contains("value=\"" + code + "\""), "the short code typed is kept");
        assertTrue(html.contains("<option value=\"HOUSING\" selected>"), "the type chosen is kept");
        assertTrue(html.contains("<title>Error: Add an agency - Roundtable</title>"));
        assertEquals(before, agencies.list().size(), "nothing is half-saved");
    }

    @Test
    void aMalformedContactEmailIsNamedAndWhatWasTypedIsKept() {
        String code = Forms.unique("PM");
        var response = Forms.post("/admin/agencies/new", "/admin/agencies",
                Map.of("name", "Mailbox Housing", "shortCode", code, "type", "HOUSING", "active", "true", "contactEmail", "marac@"));
        assertEquals(400, response.statusCode());
        String html = response.asString();
        assertTrue(html.contains("Contact email must have a domain after the @, like marac@agency.gov.uk</a>"), html);
        assertTrue(html.contains("value=\"marac@\""), "the email typed is kept");
        assertTrue(html.contains("value=\"Mailbox Housing\""), "and the name");
        assertTrue(agencies.findByShortCode(code).isEmpty(), "nothing is half-saved");

        Forms.post("/admin/agencies/new", "/admin/agencies",
                Map.of("name", "Mailbox Housing", "shortCode", code, "type", "HOUSING", "active", "true", "contactEmail", "marac@mailbox.example"));
        assertEquals("marac@mailbox.example", agencies.findByShortCode(code).orElseThrow().contactEmail());
        given().accept("text/html").get("/admin/agencies").then().statusCode(200).body(containsString("marac@mailbox.example"));
    }

    @Test
    void aValidAgencyIsSavedAndListed() {
        String code = Forms.unique("OK");
        var response = Forms.post("/admin/agencies/new", "/admin/agencies",
                Map.of("name", "Bedford Borough Council", "shortCode", code, "type", "COUNCIL_ASB_TEAM", "active", "true"));
        assertEquals(303, response.statusCode());
        given().accept("text/html").get("/admin/agencies?saved=" + code).then().statusCode(200)
                .body(containsString("Agency " + code + " saved"))
                .body(containsString("Bedford Borough Council"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        given().contentType("application/x-www-form-urlencoded").formParam("name", "Sneaky").formParam("shortCode", "SNEAK")
                .formParam("type", "POLICE").post("/admin/agencies").then().statusCode(400);
        assertTrue(agencies.findByShortCode("SNEAK").isEmpty());
    }

    @Test
    void aFormStaysValidWhileOtherPagesAreOpenedAndAnOutOfDateOneIsExplained() {
        var formPage = given().accept("text/html").get("/admin/agencies/new");
        String cookie = formPage.cookie("csrf-token");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(formPage.asString());
        assertTrue(token.find());
        var otherTab = given().accept("text/html").cookie("csrf-token", cookie).get("/admin/agencies");
        String renewed = otherTab.cookie("csrf-token");
        assertTrue(renewed == null || renewed.equals(cookie), "opening another page keeps the browser's token: " + renewed);

        String code = Forms.unique("TB");
        given().accept("text/html").redirects().follow(false).cookie("csrf-token", cookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token.group(1))
                .formParam("name", "Opened in another tab").formParam("shortCode", code).formParam("type", "HEALTH")
                .post("/admin/agencies").then().statusCode(303);
        assertTrue(agencies.findByShortCode(code).isPresent());

        String page = given().accept("text/html").cookie("csrf-token", cookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "an-old-token-from-yesterday").formParam("name", "Too late")
                .post("/admin/agencies").then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("This page was open too long to send") && page.contains("reload the page and send it again"), page);
        given().accept("*/*").header("X-Requested-With", "JavaScript").cookie("csrf-token", cookie)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", "an-old-token").formParam("name", "Too late")
                .post("/admin/agencies").then().statusCode(400).contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("This page was open too long to send"));
    }

    @Test
    void aStaleEditShowsBothVersionsAndKeepsWhatWasTyped() {
        String code = Forms.unique("SE");
        AgencyView agency = agencies.create(new AgencyForm("Before", code, AgencyType.PROBATION, true));
        String editPage = "/admin/agencies/" + agency.id() + "/edit";
        agencies.update(agency.id(), new AgencyForm("Changed by someone else", code, AgencyType.PROBATION, true), 0);

        var response = Forms.post(editPage, "/admin/agencies/" + agency.id(),
                Map.of("name", "My change", "shortCode", code, "type", "PROBATION", "active", "true", "version", "0"));

        assertEquals(409, response.statusCode());
        String html = response.asString();
        assertTrue(html.contains("Someone else changed this agency"));
        assertTrue(html.contains("Changed by someone else"), "their version is shown");
        assertTrue(html.contains("value=\"My change\""), "my version is kept in the form");
        assertEquals("Changed by someone else", agencies.get(agency.id()).name());
    }

    @Test
    void theMembershipPageSavesTickedAgencies() {
        AgencyView agency = agencies.create(new AgencyForm("Member by page", Forms.unique("MP"), AgencyType.HEALTH, true));
        java.util.List<String> ids = new java.util.ArrayList<>(agencies.members(ConferenceKind.ASBRAC).stream()
                .map(a -> a.id().toString()).toList());
        ids.add(agency.id().toString());
        var response = Forms.post("/admin/conference-kinds", "/admin/conference-kinds/ASBRAC", Map.of("agency", ids));
        assertEquals(303, response.statusCode());
        assertTrue(agencies.get(agency.id()).conferenceKinds().contains(ConferenceKind.ASBRAC));
        given().accept("text/html").get("/admin/conference-kinds").then().statusCode(200)
                .body(containsString("id=\"ASBRAC-" + agency.shortCode() + "\" name=\"agency\" type=\"checkbox\" value=\""
                        + agency.id() + "\" checked"))
                .body(not(containsString("Exception")));
    }

    @Test
    void anEmptyMembershipIsRefusedWithAFieldErrorAndTheSavedOneStays() {
        java.util.List<String> before = agencies.members(ConferenceKind.SARAC).stream().map(a -> a.id().toString()).sorted().toList();
        var response = Forms.post("/admin/conference-kinds", "/admin/conference-kinds/SARAC", Map.of());
        assertEquals(400, response.statusCode());
        String html = response.asString();
        assertTrue(html.contains("<title>Error: Conference membership - Roundtable</title>"), html);
        assertTrue(html.contains("<p id=\"SARAC-members-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span>"
                + " Select at least one member agency for the SARAC</p>"), html);
        assertTrue(html.contains("Select at least one member agency for the SARAC</a>"), "the summary names it too");
        assertFalse(html.matches("(?s).*id=\"SARAC-[^\"]+\" name=\"agency\" type=\"checkbox\" value=\"[^\"]+\" checked.*"),
                "the boxes show what was sent: none ticked");
        assertEquals(before, agencies.members(ConferenceKind.SARAC).stream().map(a -> a.id().toString()).sorted().toList(),
                "the saved membership is unchanged");
    }
}
