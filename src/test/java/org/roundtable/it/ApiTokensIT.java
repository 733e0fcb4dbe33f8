package org.roundtable.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API takes only tokens that Keycloak issued to a Roundtable user for Roundtable, against the real Keycloak. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class ApiTokensIT {

    private static final List<String> API_PATHS = List.of("/api/v1/me", "/api/v1/referrals/mine");

    @Test
    void aRoundtableTokenForAUserIsTakenWithItsSubject() {
        String token = KeycloakAdmin.accessToken("referrer.police");
        Map<String, Object> claims = KeycloakAdmin.claims(token);
        assertTrue(audience(claims).contains("roundtable-web"), "the realm's audience mapper adds roundtable-web: " + claims);

        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("subject", equalTo(claims.get("sub"))).body("agency", equalTo("POLICE"))
                .body("roles", hasItem("referrer"));
        given().auth().oauth2(token).get("/api/v1/referrals/mine").then().statusCode(200);
    }

    @Test
    void aTokenIssuedToAdminCliForTheSameUserIsRefused() {
        String token = KeycloakAdmin.adminCliToken("referrer.police");
        Map<String, Object> claims = KeycloakAdmin.claims(token);
        assertEquals("admin-cli", claims.get("azp"));
        assertFalse(audience(claims).contains("roundtable-web"), "not meant for Roundtable: " + claims);

        API_PATHS.forEach(path -> assertRefused(token, path));
    }

    @Test
    void aServiceAccountTokenIsRefusedThoughItsAudienceIsRoundtable() {
        String token = KeycloakAdmin.serviceAccountToken();
        Map<String, Object> claims = KeycloakAdmin.claims(token);
        assertTrue(audience(claims).contains("roundtable-web"), "the audience alone would let it in: " + claims);
        assertNull(claims.get("agency"), "a client, not a person of an agency");

        API_PATHS.forEach(path -> assertRefused(token, path));
    }

    @Test
    void aRequestWithoutATokenIsRefused() {
        given().get("/api/v1/me").then().statusCode(401);
    }

    private static void assertRefused(String token, String path) {
        given().auth().oauth2(token).get(path).then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
    }

    private static Collection<?> audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof Collection<?> many ? many : aud == null ? List.of() : List.of(aud);
    }
}
