package org.roundtable.checklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditQuery;
import org.roundtable.audit.AuditService;
import org.roundtable.support.Forms;

@QuarkusTest
class SettingsTest {

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anAdministratorChangesTheEscalationRuleAndItIsAudited() {
        SettingsView before = settings.get(ConferenceKind.SARAC);
        given().contentType("application/json").header("If-Match", String.valueOf(before.version()))
                .body(Map.of("escalationIncidents", 5, "escalationMonths", 6, "repeatWindowMonths", 12,
                        "communityTriggerComplaints", 3, "communityTriggerMonths", 6))
                .put("/api/v1/settings/sarac")
                .then().statusCode(200).body("escalationIncidents", equalTo(5)).body("escalationMonths", equalTo(6));
        assertEquals(5, settings.get(ConferenceKind.SARAC).escalationIncidents());
        var event = audit.search(new AuditQuery(null, null, "conference-kind", "SARAC", null, null)).get(0);
        assertEquals("settings.update", event.action);
        assertTrue(event.detail.startsWith("before: escalation=3 in 12 months") && event.detail.contains("after: escalation=5 in 6 months"),
                event.detail);

        given().contentType("application/json").header("If-Match", String.valueOf(before.version()))
                .body(Map.of("escalationIncidents", 4, "escalationMonths", 6, "repeatWindowMonths", 12,
                        "communityTriggerComplaints", 3, "communityTriggerMonths", 6))
                .put("/api/v1/settings/SARAC").then().statusCode(409).body("current.escalationIncidents", equalTo(5));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void impossibleValuesAreNamed() {
        SettingsView before = settings.get(ConferenceKind.ASBRAC);
        given().contentType("application/json").header("If-Match", String.valueOf(before.version()))
                .body(Map.of("escalationIncidents", 0, "escalationMonths", 6, "repeatWindowMonths", 100,
                        "communityTriggerComplaints", 3, "communityTriggerMonths", 6))
                .put("/api/v1/settings/ASBRAC")
                .then().statusCode(400).body("errors.field", equalTo(List.of("escalationIncidents", "repeatWindowMonths")));

        var page = Forms.post("/admin/settings/ASBRAC", "/admin/settings/ASBRAC", Map.of("escalationIncidents", "three",
                "escalationMonths", "12", "repeatWindowMonths", "12", "communityTriggerComplaints", "3", "communityTriggerMonths", "6",
                "version", String.valueOf(before.version())));
        assertEquals(400, page.statusCode());
        assertTrue(page.asString().contains("<a href=\"#escalationIncidents\">Enter a whole number, 0 or more</a>"));
        assertTrue(page.asString().contains("value=\"three\""));
        assertEquals(before, settings.get(ConferenceKind.ASBRAC));
    }

    @Test
    @TestSecurity(user = "coordinator1", roles = "coordinator")
    void coordinatorsReadSettingsButCannotChangeThem() {
        given().get("/api/v1/settings").then().statusCode(200).body("conferenceKind", equalTo(List.of("MARAC", "ASBRAC", "SARAC")));
        given().contentType("application/json").header("If-Match", "0").body(Map.of()).put("/api/v1/settings/MARAC").then().statusCode(403);
        given().accept("text/html").get("/admin/settings").then().statusCode(403).body(containsString("You do not have access"));
    }
}
