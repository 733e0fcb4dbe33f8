package org.roundtable.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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

/** Each agency carries its source in the MARAC data return, which an administrator sets on the API and the page. */
@QuarkusTest
@TestSecurity(user = "admin2", roles = "admin")
@OidcSecurity(claims = { @Claim(key = "name", value = "Alex Morgan"), @Claim(key = "sub", value = "admin-subject-source") })
class AgencySourceTest {

    @Inject
    AuditService audit;

    private static String create(String code, String type, String source) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Agency " + code, "shortCode", code, "type", type, "active", true));
        if (source != null) {
            body.put("safeLivesSource", source);
        }
        return given().contentType("application/json").body(body).post("/api/v1/agencies").then().statusCode(201).extract().path("id");
    }

    @Test
    void withoutAChoiceAnAgencyTakesTheUsualSourceForItsTypeAndHealthStaysUnsetUntilChosen() {
        String police = create(Forms.unique("SP"), "POLICE", null);
        given().get("/api/v1/agencies/" + police).then().body("safeLivesSource", equalTo("POLICE"))
                .body("safeLivesSourceLabel", equalTo("Police"));
        String gp = create(Forms.unique("SG"), "HEALTH", null);
        given().get("/api/v1/agencies/" + gp).then().body("safeLivesSource", nullValue())
                .body("safeLivesSourceLabel", equalTo("Not set (counted as other)"));

        String code = Forms.unique("SG");
        given().contentType("application/json").header("If-Match", "0")
                .body(Map.of("name", "Leighton Road Surgery", "shortCode", code, "type", "HEALTH", "active", true, "safeLivesSource", "PRIMARY_CARE"))
                .put("/api/v1/agencies/" + gp).then().statusCode(200).body("safeLivesSource", equalTo("PRIMARY_CARE"));
        String detail = audit.search(new AuditQuery(null, null, "agency", gp, null, null)).stream()
                .filter(e -> e.action.equals("agency.update")).findFirst().orElseThrow().detail;
        assertTrue(detail.contains("safeLivesSource=null | after:") && detail.endsWith("safeLivesSource=PRIMARY_CARE"), detail);

        given().contentType("application/json")
                .body(Map.of("name", "X", "shortCode", Forms.unique("SX"), "type", "HEALTH", "active", true, "safeLivesSource", "NURSE"))
                .post("/api/v1/agencies").then().statusCode(400).body("errors[0].field", equalTo("safeLivesSource"));
    }

    @Test
    void theAgencyPageSetsTheSourceAndTheListShowsIt() {
        String code = Forms.unique("SM");
        var created = Forms.post("/admin/agencies/new", "/admin/agencies", Map.of("name", "East London NHS Foundation Trust",
                "shortCode", code, "type", "HEALTH", "active", "true", "safeLivesSource", "MENTAL_HEALTH"));
        assertEquals(303, created.statusCode());
        String list = given().accept("text/html").get("/admin/agencies").then().statusCode(200).extract().asString();
        assertTrue(list.contains("<td class=\"govuk-table__cell\">" + code + "</td>"), list);
        assertTrue(list.contains("<td class=\"govuk-table__cell\">Mental health</td>"), list);
        given().accept("text/html").get("/admin/agencies/new").then().body(containsString("Source in the MARAC data return"))
                .body(containsString("<option value=\"ADULT_SAFEGUARDING\">Adult safeguarding</option>"));
    }
}
