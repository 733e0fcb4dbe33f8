package org.roundtable.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;

/** The hash chain over the audit log: sealed after commit, checked, and broken by a change the trigger did not see. */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditService audit;

    @Inject
    AuditChain chain;

    @Inject
    EntityManager entityManager;

    private long write(String recordId) {
        audit.recordFor(new Actor("chain-tester", "Chain Tester", "POLICE"), "agency.update", "agency", recordId, null, "before",
                List.of(AuditSubject.of("referral", recordId + "-listed")));
        return audit.search(new AuditQuery(null, null, "agency", recordId, null, null)).get(0).id;
    }

    @Test
    void aRowChangedByTheDatabaseOwnerBreaksTheChainAtThatRow() {
        long first = write(Forms.unique("CH"));
        long changed = write(Forms.unique("CH"));
        long last = write(Forms.unique("CH"));
        // Young rows wait: nothing newer than the settle time is sealed.
        chain.seal(Instant.now().minusSeconds(3600));
        assertFalse(sealed(first), "a row written just now is not sealed an hour back");
        assertTrue(chain.seal(Instant.now().plusSeconds(1)) >= 3);
        assertTrue(sealed(first) && sealed(changed) && sealed(last));
        AuditChain.Check intact = chain.check();
        assertTrue(intact.intact(), intact.toString());
        assertTrue(intact.lastSealedId() >= last);

        // As the database owner, with the append-only trigger off for this transaction only (replica role).
        tamper("update audit_event set detail = 'after' where id = " + changed);
        try {
            AuditChain.Check broken = chain.check();
            assertFalse(broken.intact());
            assertEquals(changed, broken.firstBadId());
            assertTrue(broken.problem().contains("row " + changed + " does not match its seal"), broken.problem());
        } finally {
            tamper("update audit_event set detail = 'before' where id = " + changed);
        }
        assertTrue(chain.check().intact(), "put back, the chain matches again");

        tamper("update audit_event_subject set record_id = 'someone-else' where event_id = " + last);
        try {
            AuditChain.Check broken = chain.check();
            assertEquals(last, broken.firstBadId(), "the records an event names are sealed too");
        } finally {
            tamper("update audit_event_subject set record_id = (select entity_id || '-listed' from audit_event where id = " + last
                    + ") where event_id = " + last);
        }
        assertTrue(chain.check().intact());
    }

    @Test
    @TestSecurity(user = "auditor1", roles = "auditor")
    void theAuditorsButtonChecksTheChainAndIsAudited() {
        write(Forms.unique("CB"));
        chain.seal(Instant.now().plusSeconds(1));
        given().accept("text/html").get("/audit/chain").then().statusCode(200)
                .body(containsString("The chain is intact")).body(containsString("sealed rows match their hashes"));
        given().get("/api/v1/audit-events/chain").then().statusCode(200).body("intact", equalTo(true));
        AuditEvent check = audit.search(new AuditQuery("auditor1", null, "audit-log", null, null, null)).get(0);
        assertEquals("audit.chain-check", check.action);
        assertTrue(check.detail.startsWith("intact, "), check.detail);
    }

    private boolean sealed(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_seal where event_id = " + id).getSingleResult()).intValue() == 1);
    }

    private void tamper(String sql) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("set local session_replication_role = replica").executeUpdate();
            assertNotNull(entityManager.createNativeQuery(sql).executeUpdate());
        });
    }
}
