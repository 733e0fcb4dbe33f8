package org.roundtable.person;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.roundtable.audit.Actor;
import org.roundtable.support.Forms;

/**
 * Re-estimating the matching model stores a new version (the old ones kept) and audits it, and lookups score with the
 * newest version. The test ends by storing the version it found as the newest again, so other tests score as before.
 */
@QuarkusTest
class MatchingModelsTest {

    private static final Actor ADMIN = new Actor("test-admin", "Test Administrator", null);

    @Inject
    PersonService people;

    @Inject
    CandidateSearch search;

    @Inject
    MatchingModels models;

    @Inject
    MatchingModelJobs jobs;

    @Inject
    EntityManager entityManager;

    private static final List<String> FIRSTS = List.of("Amira", "Bethan", "Carys", "Delyth", "Eleri", "Ffion", "Gwen", "Heledd", "Iona",
            "Jac", "Kai", "Lowri", "Megan", "Nia", "Owain", "Pryderi", "Rhian", "Sian", "Tomos", "Wyn", "Alys", "Bryn");

    /** Two identities each of 22 people (an estimate needs 20 identities at least); the first person. */
    private UUID recordPeople(String tail) {
        UUID probe = null;
        for (int i = 0; i < FIRSTS.size(); i++) {
            LocalDate born = LocalDate.of(1970 + i, 1 + i % 12, 3 + i);
            UUID person = people.create(PersonForm.named(FIRSTS.get(i), "Pritchard" + tail, born, null), "TEST", "");
            people.addIdentity(person, PersonForm.named(FIRSTS.get(i), "Prichard" + tail, born, null), "referral");
            probe = probe == null ? person : probe;
        }
        return probe;
    }

    @Test
    void reEstimatingStoresANewAuditedVersionAndLookupsUseTheNewest() {
        String tail = Forms.unique("").replaceAll("[0-9]", "").toLowerCase();
        UUID probe = recordPeople(tail);
        MatchingModels.Version before = models.newest();
        try {
            MatchingModelJobs.Job job = jobs.runHere(ADMIN);

            assertEquals("DONE", job.state(), "job: " + job);
            assertEquals(100, job.percentDone());
            MatchingModels.Version newest = models.newest();
            assertEquals(job.modelId(), newest.id());
            assertTrue(newest.id() > before.id(), "a new version");
            assertEquals("estimated", newest.method());
            assertEquals("Test Administrator", newest.createdBy());
            assertTrue(newest.identities() >= 2L * FIRSTS.size() && newest.blockedPairs() > 0 && newest.randomPairs() > 0, newest.toString());
            assertTrue(models.versions(100).stream().anyMatch(v -> v.id() == before.id()), "the old version is kept");
            assertEquals(1L, ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "select count(*) from audit_event where action = 'matching.model.estimated' and entity_id = :id and actor_name = :name")
                    .setParameter("id", Long.toString(newest.id())).setParameter("name", "Test Administrator").getSingleResult())).longValue());

            MatchQuery query = new MatchQuery(FIRSTS.get(0), "Pritchard" + tail, LocalDate.of(1970, 1, 3), null, null, null, null);
            UUID expected = probe;
            double weight = search.candidates(query, 0.001).stream().filter(c -> c.personId().equals(expected)).findFirst().orElseThrow()
                    .weight();
            MatchModel current = QuarkusTransaction.requiringNew().call(models::current);
            Map<String, MatchModel.Level> levels = new LinkedHashMap<>(current.levels());
            MatchModel.Level exactDate = levels.get("dob.exact");
            levels.put("dob.exact", new MatchModel.Level(exactDate.m(), Math.min(1, exactDate.u() * 8)));
            QuarkusTransaction.requiringNew().run(() -> models.storeLoaded(ADMIN, new MatchModel(levels), "test: a same date of birth weighs 3 less"));

            double weightAfter = search.candidates(query, 0.001).stream().filter(c -> c.personId().equals(expected)).findFirst()
                    .orElseThrow().weight();
            assertEquals(weight - 3, weightAfter, 0.11, "the lookup scored with the newest version");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> models.restore(ADMIN, before.id()));
        }
        assertEquals("restored", models.newest().method());
        assertEquals(QuarkusTransaction.requiringNew().call(() -> models.load(before.id())), QuarkusTransaction.requiringNew().call(models::current));
        assertNotEquals(before.id(), models.newest().id());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorReEstimatesFromThePageAsABackgroundJob() throws InterruptedException {
        recordPeople(Forms.unique("").replaceAll("[0-9]", "").toLowerCase());
        MatchingModels.Version before = models.newest();
        given().accept("text/html").get("/admin/matching").then().statusCode(200)
                .body(containsString("In use: version " + before.id()), containsString("dob.exact"),
                        containsString("Estimate again from the people recorded"));
        try {
            Forms.post("/admin/matching", "/admin/matching/estimate", Map.of()).then().statusCode(303);
            MatchingModelJobs.Job job = jobs.latest().orElseThrow();
            while (job.running()) {
                // The page refreshes itself while the job runs and shows its progress; poll its state as the page does.
                given().accept("text/html").get("/admin/matching").then().statusCode(200);
                job = jobs.job(job.id()).orElseThrow();
                Thread.onSpinWait();
            }
            assertEquals("DONE", job.state(), "job: " + job);
            assertEquals(job.modelId(), models.newest().id());
            given().accept("text/html").get("/admin/matching").then().statusCode(200)
                    .body(containsString("In use: version " + job.modelId()), containsString("Estimated by EM from"),
                            containsString("as version " + job.modelId()));
            assertEquals(1L, ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "select count(*) from audit_event where action = 'matching.model.estimate-started' and entity_id = :id")
                    .setParameter("id", Long.toString(jobs.latest().orElseThrow().id())).getSingleResult())).longValue());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> models.restore(ADMIN, before.id()));
        }
    }

    @Test
    @TestSecurity(user = "someone", roles = "coordinator")
    void onlyAnAdministratorSeesOrStartsIt() {
        given().accept("text/html").get("/admin/matching").then().statusCode(403);
    }
}
