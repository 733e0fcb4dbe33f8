package org.roundtable.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditQuery;
import org.roundtable.audit.AuditService;
import org.roundtable.support.Forms;

@QuarkusTest
class UsersTest {

    @Inject
    UserService users;

    @Inject
    AuditService audit;

    private SignIn signIn(String subject, String name, String agency, String... roles) {
        return new SignIn(subject, name.toLowerCase().replace(' ', '.'), name, null, agency, List.of(roles));
    }

    @Test
    void aSignInCreatesThenRefreshesTheUserAndIsAudited() {
        String subject = Forms.unique("sub-");
        users.recordSignIn(signIn(subject, "Tom Evans", "POLICE", "referrer"));
        UserView again = users.recordSignIn(signIn(subject, "Tom Evans-Smith", "HOUSING", "referrer", "agency-spoc"));

        assertEquals("Tom Evans-Smith", again.displayName());
        assertEquals("HOUSING", again.agencyCode());
        assertEquals(List.of("referrer", "agency-spoc"), again.roles());
        var signIns = audit.search(new AuditQuery(subject, null, "user", subject, null, null));
        assertEquals(2, signIns.size());
        assertEquals("user.sign-in", signIns.get(0).action);
        assertEquals("HOUSING", signIns.get(0).actorAgency);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "agency", value = "ASBTEAM"))
    void anAdministratorGivesACoordinatorConferenceKinds() {
        String subject = Forms.unique("coord-");
        users.recordSignIn(signIn(subject, "Ben Carter", "ASBTEAM", "coordinator"));

        given().contentType("application/json").header("If-Match", "0").body(Map.of("conferenceKinds", List.of("MARAC", "ASBRAC")))
                .put("/api/v1/users/" + subject + "/conference-kinds")
                .then().statusCode(200).body("conferenceKinds", equalTo(List.of("MARAC", "ASBRAC")));
        assertEquals(List.of(subject), users.holdingKind(ConferenceKind.ASBRAC, Role.COORDINATOR).stream()
                .map(UserView::subject).filter(subject::equals).toList());
        given().get("/api/v1/users").then().statusCode(200).body("subject", hasItem(subject));

        given().contentType("application/json").header("If-Match", "0").body(Map.of("conferenceKinds", List.of("SARAC")))
                .put("/api/v1/users/" + subject + "/conference-kinds")
                .then().statusCode(409).body("current.conferenceKinds", equalTo(List.of("MARAC", "ASBRAC")));
        assertEquals("user.conference-kinds",
                audit.search(new AuditQuery(null, null, "user", subject, null, null)).get(0).action);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void aReferrerCannotHoldConferenceKinds() {
        String subject = Forms.unique("ref-");
        users.recordSignIn(signIn(subject, "Grace Okafor", "HOUSING", "referrer"));
        given().contentType("application/json").header("If-Match", "0").body(Map.of("conferenceKinds", List.of("MARAC")))
                .put("/api/v1/users/" + subject + "/conference-kinds")
                .then().statusCode(400).body("errors[0].field", equalTo("conferenceKinds"));
        var response = Forms.post("/admin/users/" + subject + "/conference-kinds", "/admin/users/" + subject + "/conference-kinds",
                Map.of("kind", List.of("MARAC"), "version", "0"));
        assertEquals(400, response.statusCode());
        assertTrue(response.asString().contains("Only coordinators and chairs hold conference kinds"));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void aConferenceKindNotOfferedIsNamedNotDropped() {
        String subject = Forms.unique("coord-");
        users.recordSignIn(signIn(subject, "Ben Carter", "ASBTEAM", "coordinator"));
        var response = Forms.post("/admin/users/" + subject + "/conference-kinds", "/admin/users/" + subject + "/conference-kinds",
                Map.of("kind", List.of("MARAC", "MAPPA"), "version", "0"));
        assertEquals(400, response.statusCode());
        assertTrue(response.asString().contains("Choose from the conferences shown"), response.asString());
        assertEquals(List.of(), users.get(subject).conferenceKinds(), "nothing saved");
    }

    @Test
    void disabledAccountsShowAsInactive() {
        String disabled = Forms.unique("gone-");
        String enabled = Forms.unique("here-");
        users.recordSignIn(signIn(disabled, "Chris Hall", "HOUSING", "referrer"));
        users.recordSignIn(signIn(enabled, "Sam Patel", "ISVA", "isva"));

        users.applyAccountStates(Set.of(disabled), Set.of(disabled, enabled));

        assertFalse(users.get(disabled).active());
        assertTrue(users.get(enabled).active());
        assertEquals("user.disabled", audit.search(new AuditQuery(null, null, "user", disabled, null, null)).get(0).action);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void theUsersPageShowsAgencyRolesAndStatus() {
        String subject = Forms.unique("page-");
        users.recordSignIn(signIn(subject, "Laura Bennett", "CSC", "agency-spoc"));
        users.applyAccountStates(Set.of(subject), Set.of(subject));
        String html = given().accept("text/html").get("/admin/users").then().statusCode(200).extract().asString();
        int row = html.indexOf("Laura Bennett");
        assertTrue(row > 0);
        String rowHtml = html.substring(row, html.indexOf("</tr>", row));
        assertTrue(rowHtml.contains("CSC") && rowHtml.contains("Agency single point of contact") && rowHtml.contains("Inactive"), rowHtml);
    }

    @Test
    @TestSecurity(user = "spoc", roles = "agency-spoc")
    @OidcSecurity(claims = { @Claim(key = "agency", value = "HOUSING"), @Claim(key = "name", value = "Aisha Rahman") })
    void meSaysWhoTheTokenBelongsTo() {
        given().get("/api/v1/me").then().statusCode(200)
                .body("name", equalTo("Aisha Rahman")).body("agency", equalTo("HOUSING")).body("roles", equalTo(List.of("agency-spoc")));
        given().get("/api/v1/users").then().statusCode(403);
    }
}
