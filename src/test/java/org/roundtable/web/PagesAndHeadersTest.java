package org.roundtable.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.AgencyForm;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyType;
import org.roundtable.support.Forms;

@QuarkusTest
class PagesAndHeadersTest {

    @Inject
    AgencyService agencies;

    @Test
    @TestSecurity(user = "spoc.housing", roles = { "agency-spoc", "referrer" })
    @OidcSecurity(claims = { @Claim(key = "agency", value = "HOUSEPG"), @Claim(key = "name", value = "Aisha Rahman"),
            @Claim(key = "preferred_username", value = "spoc.housing") })
    void theStartPageShowsNameAgencyRolesAndWhatTheyCanDo() {
        if (agencies.findByShortCode("HOUSEPG").isEmpty()) {
            agencies.createAs(new org.roundtable.audit.Actor("t", "t", null),
                    new AgencyForm("Aragon Housing Association", "HOUSEPG", AgencyType.HOUSING, true));
        }
        given().accept("text/html").get("/").then().statusCode(200)
                .body(containsString("<title>Your start page - Roundtable</title>"))
                .body(containsString("Hello, Aisha Rahman"))
                .body(containsString("Aragon Housing Association (HOUSEPG)"))
                .body(containsString("Referrer, Agency single point of contact"))
                .body(containsString("As Agency single point of contact"))
                .body(containsString("href=\"/sign-out\""))
                .body(not(containsString("/admin/agencies")));
    }

    @Test
    @TestSecurity(user = "everyone", roles = { "call-handler", "referrer", "idva", "isva", "agency-spoc", "chair", "coordinator", "admin",
            "auditor" })
    @OidcSecurity(claims = { @Claim(key = "agency", value = "HOUSEPG"), @Claim(key = "name", value = "Evie Everyone"),
            @Claim(key = "preferred_username", value = "everyone") })
    void everyCapabilityOnTheStartPageIsALinkNoneIsComingSoon() {
        if (agencies.findByShortCode("HOUSEPG").isEmpty()) {
            agencies.createAs(new org.roundtable.audit.Actor("t", "t", null),
                    new AgencyForm("Aragon Housing Association", "HOUSEPG", AgencyType.HOUSING, true));
        }
        String page = given().accept("text/html").get("/").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("Coming soon"), page);
        for (String link : new String[] { "href=\"/caseload\">Log contact with victims", "href=\"/actions\">See and close your agency's actions",
                "href=\"/reports\">Report to the partnership board" }) {
            org.junit.jupiter.api.Assertions.assertTrue(page.replace("&#39;", "'").contains(link), link + " in " + page);
        }
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anAdministratorsNavigationLinksTheAdministrationPages() {
        given().accept("text/html").get("/").then().statusCode(200)
                .body(containsString("href=\"/admin/agencies\""))
                .body(containsString("href=\"/admin/users\""))
                .body(not(containsString("href=\"/audit\"")));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void pagesCarryTheSecurityHeaders() {
        given().accept("text/html").get("/admin/agencies").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().accept("text/html").header("X-Forwarded-Proto", "https").get("/admin/agencies").then()
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    @TestSecurity(user = "referrer1", roles = "referrer")
    void errorPagesExplainWithoutAStackTrace() {
        given().accept("text/html").get("/admin/agencies").then().statusCode(403)
                .body(containsString("You do not have access to this page")).body(not(containsString("at org.")));
        given().accept("text/html").get("/admin/agencies/" + java.util.UUID.randomUUID() + "/edit").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anUnknownRecordIsA404PageOrProblem() {
        given().accept("text/html").get("/admin/agencies/" + java.util.UUID.randomUUID() + "/edit").then().statusCode(404)
                .body(containsString("Page not found")).body(not(containsString("Exception")));
        given().get("/api/v1/agencies/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
        given().get("/api/v1/agencies/not-a-uuid").then().statusCode(404);
    }

    @Test
    void operationalEndpointsAreNotOnTheApplicationPort() {
        given().get("/q/health").then().statusCode(not(equalTo(200)));
        given().get("/q/metrics").then().statusCode(not(equalTo(200)));
        // The test management port (9001 unless QUARKUS_MANAGEMENT_TEST_PORT moves it, see docs/development.md).
        int managementPort = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
        given().get("http://localhost:" + managementPort + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theApiIsDocumentedWithTheBearerScheme() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/agencies"))
                .body("paths", not(org.hamcrest.Matchers.hasKey("/admin/agencies")));
    }

    @Test
    void govukAssetsAreServedWithoutSignIn() {
        given().get("/assets/fonts/bold-b542beb274-v2.woff2").then().statusCode(200).contentType("font/woff2");
        given().get("/assets/fonts/../../../application.properties").then().statusCode(not(equalTo(200)));
        given().get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css").then().statusCode(200);
        given().get("/signed-out").then().statusCode(200).body(containsString("You have signed out"));
        Forms.unique("x");
    }
}
