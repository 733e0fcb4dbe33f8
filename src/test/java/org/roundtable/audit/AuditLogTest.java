package org.roundtable.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;

@QuarkusTest
class AuditLogTest {

    @Inject
    AuditService audit;

    @Inject
    EntityManager entityManager;

    private String writeEvent(String actorName, String agency, String recordId) {
        audit.recordFor(new Actor("subject-" + recordId, actorName, agency), "agency.update", "agency", recordId, null, "test");
        return recordId;
    }

    @Test
    void theApplicationCannotUpdateOrDeleteAuditRows() {
        String recordId = writeEvent("Immutable Ivy", "POLICE", Forms.unique("IM"));
        Long id = audit.search(new AuditQuery(null, null, "agency", recordId, null, null)).get(0).id;

        RuntimeException update = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("update audit_event set actor_name = 'someone else' where id = " + id).executeUpdate()));
        assertTrue(rootMessage(update).contains("audit events cannot be changed or removed"), rootMessage(update));
        RuntimeException delete = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("delete from audit_event where id = " + id).executeUpdate()));
        assertTrue(rootMessage(delete).contains("audit events cannot be changed or removed"));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("truncate audit_event").executeUpdate()));

        assertEquals("Immutable Ivy", audit.search(new AuditQuery(null, null, "agency", recordId, null, null)).get(0).actorName);
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    @OidcSecurity(claims = { @Claim(key = "agency", value = "ASBTEAM"), @Claim(key = "name", value = "Jo Wilson") })
    void anAuditorSearchesByUserAgencyRecordAndDate() {
        String recordId = writeEvent("Searchable Sam", "HOUSING", Forms.unique("SR"));
        writeEvent("Other Olive", "POLICE", Forms.unique("SR"));
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();

        given().queryParam("user", "searchable").queryParam("agency", "housing").queryParam("from", today).queryParam("to", today)
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("actorName", everyItem(equalTo("Searchable Sam")))
                .body("recordId", hasItem(recordId));
        given().queryParam("recordType", "agency").queryParam("recordId", recordId).get("/api/v1/audit-events")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].actorAgency", equalTo("HOUSING"));
        given().queryParam("user", "searchable").queryParam("to", LocalDate.now().minusDays(3).toString())
                .get("/api/v1/audit-events").then().statusCode(200).body("recordId", org.hamcrest.Matchers.not(hasItem(recordId)));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void badDatesAreNamedFieldErrors() {
        given().queryParam("from", "2026-13-45").queryParam("to", "yesterday").get("/api/v1/audit-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("from", "to")));
        given().accept("text/html").queryParam("from", "2026-02-30").get("/audit")
                .then().statusCode(400).body(org.hamcrest.Matchers.containsString("govuk-error-summary"))
                .body(org.hamcrest.Matchers.containsString("<a href=\"#from\">Enter a real date"));
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    @OidcSecurity(claims = { @Claim(key = "agency", value = "ASBTEAM"), @Claim(key = "name", value = "Jo Wilson"),
            @Claim(key = "sub", value = "auditor-subject") })
    void theCsvDownloadHoldsTheRowsAndIsItselfAudited() {
        String recordId = writeEvent("Csv Carla, \"the tester\"", "PROBATION", Forms.unique("CSV"));
        String csv = given().queryParam("recordId", recordId).get("/api/v1/audit-events/export.csv")
                .then().statusCode(200).contentType("text/csv").header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(AuditCsv.HEADER, lines[0]);
        assertEquals(2, lines.length);
        assertTrue(lines[1].contains(",\"Csv Carla, \"\"the tester\"\"\",subject-" + recordId + ",PROBATION,agency.update,agency," + recordId + ","), lines[1]);

        var exports = audit.search(new AuditQuery("auditor-subject", null, "audit-log", null, null, null));
        assertEquals("audit.export", exports.get(0).action);
        assertTrue(exports.get(0).detail.contains("record= " + recordId) && exports.get(0).detail.endsWith("rows=1"), exports.get(0).detail);
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void theAuditPageListsMatchingEventsWithADownloadLink() {
        String recordId = writeEvent("Page Pat", "FIRE", Forms.unique("PG"));
        given().accept("text/html").queryParam("recordId", recordId).get("/audit").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("1 matching events"))
                .body(org.hamcrest.Matchers.containsString("Page Pat"))
                .body(org.hamcrest.Matchers.containsString("/audit/export.csv?recordId=" + recordId));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anAdministratorCannotReadTheAuditLog() {
        given().get("/api/v1/audit-events").then().statusCode(403);
        given().accept("text/html").get("/audit").then().statusCode(403)
                .body(org.hamcrest.Matchers.containsString("You do not have access to this page"));
    }

    @Test
    void formulaLikeValuesCannotRunInASpreadsheet() {
        AuditEvent event = new AuditEvent();
        event.id = 1L;
        event.occurredAt = java.time.Instant.parse("2026-11-24T14:05:00Z");
        event.actorName = "=HYPERLINK(\"x\")";
        event.actorSubject = "s";
        event.action = "a";
        String row = AuditCsv.of(java.util.List.of(event)).split("\r\n")[1];
        assertTrue(row.startsWith("1,2026-11-24T14:05:00Z,\"'=HYPERLINK(\"\"x\"\")\",s,,a,"), row);
    }

    private static String rootMessage(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
