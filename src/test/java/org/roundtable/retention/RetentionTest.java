package org.roundtable.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.referral.ReferralFixtures;

/**
 * With "today" fixed at 1 January 2025: a MARAC case closed in January 2018 is due (six years) and confirming it
 * deletes its personal data; one whose victim has a newer referral is not listed; the data return is the same
 * before and after; the audit rows about the case are unchanged.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class RetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);
    private static final LocalDate CLOSED = LocalDate.of(2018, 1, 10);

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    EntityManager entityManager;

    @Inject
    Retention retention;

    private ReferralFixtures.Partnership p;

    @Test
    @jakarta.enterprise.context.control.ActivateRequestContext
    void aDueCaseIsDeletedOneWithANewerReferralIsNotAndTheReportIsTheSame() {
        p = fixtures.partnership();
        String oldName = "Oldcase" + p.housing();
        String busyName = "Busycase" + p.housing();
        UUID due = submitted(oldName);
        UUID kept = submitted(busyName);
        UUID newer = submitted("Newer" + p.housing());
        UUID meeting = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            // Both old cases were heard on 5 December 2017 and closed on 10 January 2018; the newer referral names the
            // second one's victim and is still open.
            sql("""
                    insert into meeting (id, conference_kind_code, starts_at, chair_subject, chair_name, status, confidentiality_statement,
                                         created_at, created_by)
                    values (:id, 'MARAC', timestamp with time zone '2017-12-05 10:00:00+00', 'chair', 'Ruth Miller', 'APPROVED', 'Confidential',
                            now(), 'test')""", Map.of("id", meeting));
            int position = 1;
            for (UUID id : List.of(due, kept)) {
                sql("""
                        insert into agenda_item (id, meeting_id, referral_id, position, status, came_from)
                        values (:item, :meeting, :id, :position, 'HEARD', 'ACCEPTED')""",
                        Map.of("item", UUID.randomUUID(), "meeting", meeting, "id", id, "position", position++));
                sql("update referral set state = 'CLOSED', submitted_at = timestamp with time zone '2017-11-20 10:00:00+00' where id = :id",
                        Map.of("id", id));
                sql("""
                        insert into referral_transition (referral_id, from_state, to_state, occurred_at, actor_subject, actor_name, reason)
                        values (:id, 'HEARD', 'CLOSED', :at, 'coordinator', 'Ben Carter', 'Support ended; she moved to Leeds')""",
                        Map.of("id", id, "at", CLOSED.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant()));
            }
            sql("update referral set victim_person_id = (select victim_person_id from referral where id = :kept) where id = :newer",
                    Map.of("kept", kept, "newer", newer));
        });
        p.signInCoordinator(identity);
        String reportBefore = dataReturn();
        String auditBefore = auditRowsAbout(due);

        assertTrue(retention.listDue(TODAY) >= 1);
        given().get("/api/v1/retention/due").then().statusCode(200)
                .body("referralId", hasItem(due.toString())).body("referralId", not(hasItem(kept.toString())))
                .body("find { it.referralId == '" + due + "' }.dueOn", equalTo("2024-01-10"))
                .body("find { it.referralId == '" + due + "' }.closedOn", equalTo("2018-01-10"))
                .body("find { it.referralId == '" + due + "' }.people", equalTo(3));
        given().get("/retention").then().statusCode(200).body(containsString("Cases due for deletion"))
                .body(containsString("6 years after the last of the person"));
        // Listing deletes nothing.
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from referral r where r.id = :id and r.erased_at is not null").setParameter("id", due).getSingleResult()))
                .longValue());

        Retention.Erasure erasure = retention.confirm(due, TODAY);
        assertEquals(3, erasure.peopleDeleted().size(), erasure.toString());
        given().contentType("application/json").post("/api/v1/retention/due/" + kept + "/erasure").then().statusCode(404);
        given().contentType("application/json").post("/api/v1/retention/due/" + due + "/erasure").then().statusCode(409)
                .body("detail", containsString("already been deleted"));

        Map<String, Object> oldCase = row("select incident_summary, answers::text as answers, answer_notes::text as notes, officer_name, "
                + "(select reason from referral_transition t where t.referral_id = r.id and t.to_state = 'CLOSED') as reason, erased_at "
                + "from referral r where id = :id", due);
        assertNull(oldCase.get("incident_summary"));
        assertEquals("{}", oldCase.get("answers"));
        assertEquals("{}", oldCase.get("notes"));
        assertNull(oldCase.get("officer_name"));
        assertNull(oldCase.get("reason"));
        assertNotNull(oldCase.get("erased_at"));
        Map<String, Object> victim = row("select first_name, last_name, address, safe_phone, town, date_of_birth, sex, "
                + "(select count(*) from person_identity i where i.person_id = p.id) as identities "
                + "from person p where id = (select victim_person_id from referral where id = :id)", due);
        assertEquals("Deleted", victim.get("first_name"));
        assertNull(victim.get("address"));
        assertNull(victim.get("safe_phone"));
        assertNull(victim.get("town"));
        assertEquals(0L, ((Number) victim.get("identities")).longValue());
        assertEquals("Female", victim.get("sex"), "kept: the data return counts it");

        Map<String, Object> keptCase = row("select incident_summary, (select first_name from person where id = r.victim_person_id) as first_name, "
                + "erased_at from referral r where id = :id", kept);
        assertEquals("Sarah", keptCase.get("first_name"));
        assertTrue(keptCase.get("incident_summary").toString().contains("threats to kill"));
        assertNull(keptCase.get("erased_at"));

        assertEquals(reportBefore, dataReturn(), "the data return counts the same after the deletion");
        String auditAfter = auditRowsAbout(due);
        assertTrue(auditAfter.startsWith(auditBefore), "earlier audit rows are unchanged");
        assertTrue(auditAfter.contains("retention.erase"), auditAfter);
        assertTrue(!auditAfter.contains(oldName), "the audit names no one: " + auditAfter);
    }

    private UUID submitted(String lastName) {
        p.signInReferrer(identity);
        String id = given().contentType("application/json")
                .body(Map.of("kind", "marac", "draft", fixtures.completeMaracDraft("Sarah", lastName, LocalDate.of(1990, 3, 27))))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
        return UUID.fromString(id);
    }

    private String dataReturn() {
        return given().queryParam("period", "custom").queryParam("from", "2017-12-01").queryParam("to", "2017-12-31")
                .get("/api/v1/reports/marac-data-return").then().statusCode(200).extract().asString();
    }

    private String auditRowsAbout(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery("""
                select coalesce(string_agg(id || '|' || occurred_at || '|' || action || '|' || coalesce(reason, '') || '|'
                       || coalesce(detail, ''), E'\\n' order by id), '')
                from audit_event where entity_id = :id""").setParameter("id", referralId.toString()).getSingleResult());
    }

    private void sql(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        query.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> row(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            jakarta.persistence.Tuple t = (jakarta.persistence.Tuple) entityManager.createNativeQuery(sql, jakarta.persistence.Tuple.class)
                    .setParameter("id", id).getSingleResult();
            Map<String, Object> values = new java.util.HashMap<>();
            t.getElements().forEach(e -> values.put(e.getAlias(), t.get(e)));
            return values;
        });
    }
}
