package org.roundtable.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/** Page forms are taken only as forms with their CSRF token; the token's cookie stays out of other sites' requests. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "call-handler")
class FormPostsTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @BeforeEach
    void aCallHandlerWithNoCalls() {
        String police = fixtures.partnership().police();
        Identities.signIn(identity, "forms-" + police, "Dev Patel", police, "call-handler");
    }

    @Test
    void aPagePostThatIsNotAFormIsRefusedAndSavesNothing() {
        Response page = given().accept("text/html").get("/triage");
        String cookie = page.cookie("csrf-token");
        Matcher token = TOKEN.matcher(page.asString());
        assertNotNull(cookie);
        assertTrue(token.find(), "the page holds a CSRF token");

        // What another site can send without a preflight: text/plain, even shaped like a form and with the token.
        given().accept("text/html").redirects().follow(false).cookie("csrf-token", cookie)
                .contentType("text/plain").body("csrf-token=" + token.group(1))
                .post("/triage").then().statusCode(415)
                .contentType(containsString("text/html")).body(containsString("This form was not sent as a form"));
        // A page script sending JSON gets a problem document saying what to send.
        given().accept("application/json").redirects().follow(false).cookie("csrf-token", cookie)
                .contentType("application/json").body("{}")
                .post("/triage").then().statusCode(415)
                .contentType("application/problem+json").body("detail", equalTo(ErrorPages.FORMS_ONLY));
        given().get("/api/v1/triage-calls").then().statusCode(200).body("size()", equalTo(0));

        Forms.post("/triage", "/triage", Map.of()).then().statusCode(303);
        given().get("/api/v1/triage-calls").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aPagePostWithoutAContentTypeIsRefusedAndSavesNothing() {
        Response page = given().accept("text/html").get("/triage");
        Matcher token = TOKEN.matcher(page.asString());
        assertTrue(token.find(), "the page holds a CSRF token");

        int status = given().accept("text/html").redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"))
                .post("/triage").then().extract().statusCode();
        assertTrue(status == 400 || status == 415, "refused: " + status);
        given().get("/api/v1/triage-calls").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theCsrfCookieIsSameSiteLaxHttpOnlyAndSecureOverHttps() {
        // Cookie attribute names are case-insensitive (Vert.x writes "HTTPOnly").
        given().accept("text/html").get("/triage").then().statusCode(200)
                .header("Set-Cookie", containsString("csrf-token="))
                .header("Set-Cookie", containsStringIgnoringCase("; SameSite=Lax"))
                .header("Set-Cookie", containsStringIgnoringCase("; HttpOnly"))
                .header("Set-Cookie", not(containsStringIgnoringCase("; Secure")));
        // Behind the TLS-terminating proxy, as deployed.
        given().accept("text/html").header("X-Forwarded-Proto", "https").get("/triage").then().statusCode(200)
                .header("Set-Cookie", containsString("csrf-token="))
                .header("Set-Cookie", containsStringIgnoringCase("; SameSite=Lax"))
                .header("Set-Cookie", containsStringIgnoringCase("; HttpOnly"))
                .header("Set-Cookie", containsStringIgnoringCase("; Secure"));
    }
}
