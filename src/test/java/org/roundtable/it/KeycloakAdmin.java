package org.roundtable.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Calls to the test Keycloak: tokens for demo users, and the admin API to change the realm or end sessions. */
public final class KeycloakAdmin {

    public static final String PASSWORD = "Demo-password-1";
    private static final String TOKEN_URL = KeycloakTestResource.URL + "/realms/roundtable/protocol/openid-connect/token";

    private KeycloakAdmin() {
    }

    /** An access token for a demo user, by the password grant the web client allows for scripts. */
    public static String accessToken(String username) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "roundtable-web")
                .formParam("client_secret", "roundtable-demo-secret")
                .formParam("username", username).formParam("password", PASSWORD)
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    /** An access token for a demo user from the realm's own admin-cli client, which is not Roundtable's. */
    public static String adminCliToken(String username) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", username).formParam("password", PASSWORD)
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    /** The web client's own service-account token (client credentials): a client, not a person. */
    public static String serviceAccountToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "roundtable-web")
                .formParam("client_secret", "roundtable-demo-secret")
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    /** The claims of a token, read without checking its signature (the application checks it). */
    public static Map<String, Object> claims(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getMap("$");
    }

    static void setAccessTokenLifespan(int seconds) {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON)
                .body(Map.of("accessTokenLifespan", seconds))
                .put(KeycloakTestResource.URL + "/admin/realms/roundtable").then().statusCode(204);
    }

    /** Ends every Keycloak session of the user, as an administrator or a session timeout would. */
    public static void endSessions(String username) {
        String admin = adminToken();
        given().auth().oauth2(admin).post(KeycloakTestResource.URL + "/admin/realms/roundtable/users/" + userId(admin, username) + "/logout")
                .then().statusCode(204);
    }

    /** Disables or re-enables an account, as a Keycloak administrator does. */
    public static void setEnabled(String username, boolean enabled) {
        String admin = adminToken();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("enabled", enabled))
                .put(KeycloakTestResource.URL + "/admin/realms/roundtable/users/" + userId(admin, username)).then().statusCode(204);
    }

    private static Object userId(String admin, String username) {
        List<Map<String, Object>> users = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(KeycloakTestResource.URL + "/admin/realms/roundtable/users").then().statusCode(200).extract().jsonPath().getList("$");
        return users.get(0).get("id");
    }

    private static String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(KeycloakTestResource.URL + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
