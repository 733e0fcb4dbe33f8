package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.duplicates.DuplicateChecks;

/**
 * How many SQL statements a case view and a submit run (Hibernate's statistics), so that a change which makes either
 * run more per request fails here rather than at a national service's load (issue 18). The limits are the counts when
 * this test was written; lower them when a change lowers the count.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class CaseViewStatementsTest {

    /** A coordinator's case page: the case, its people, checklist, stored duplicates, merges, actions, the audit rows. */
    static final long CASE_PAGE_LIMIT = 31;
    /** The same case through the API. */
    static final long CASE_API_LIMIT = 14;
    /** A complete MARAC submit with one alleged perpetrator and no children. */
    static final long SUBMIT_LIMIT = 37;

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DuplicateChecks duplicateChecks;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = fixtures.partnership();
    }

    /**
     * The fewest statements of three runs: the statistics count the whole application, and a scheduled job may run
     * during one of them, never (at its shortest interval, 30 s) during all three.
     */
    private long fewestStatements(Supplier<Object> request) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            duplicateChecks.settled().join();
            try (AutoCloseable held = duplicateChecks.holdBack()) {
                sessionFactory.getStatistics().clear();
                request.get();
                fewest = Math.min(fewest, sessionFactory.getStatistics().getPrepareStatementCount());
            }
        }
        duplicateChecks.settled().join();
        return fewest;
    }

    private String draft(String lastName) {
        p.signInReferrer(identity);
        return given().contentType("application/json")
                .body(Map.of("kind", "MARAC", "draft", fixtures.completeMaracDraft("Henrietta", lastName, LocalDate.of(1986, 2, 14))))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void aSubmitRunsNoMoreStatementsThanItsLimit() throws Exception {
        String surname = "Statements" + p.housing();
        String[] ids = { draft(surname + "a"), draft(surname + "b"), draft(surname + "c") };
        int[] next = { 0 };
        long submit = fewestStatements(() -> given().contentType("application/json").header("If-Match", "0")
                .post("/api/v1/referrals/" + ids[next[0]++] + "/submit").then().statusCode(200).extract().path("reference"));
        System.out.println("statements: submit " + submit);
        assertTrue(submit > 5, "the statistics count this request: " + submit);
        assertTrue(submit <= SUBMIT_LIMIT, "a submit ran " + submit + " statements, more than its limit of " + SUBMIT_LIMIT);
    }

    @Test
    void aCaseViewRunsNoMoreStatementsThanItsLimitAndNoneThatMatchPeople() throws Exception {
        // Two cases of the same victim, so the later one has a stored possible duplicate to show (as most will at scale).
        String surname = "Viewcount" + p.housing();
        for (String earlierOrLater : new String[] { draft(surname), draft(surname) }) {
            given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + earlierOrLater + "/submit")
                    .then().statusCode(200);
            duplicateChecks.settled().join();
        }
        String id = draft(surname);
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
        duplicateChecks.settled().join();
        p.signInCoordinator(identity);
        assertTrue(given().accept("text/html").get("/cases/" + id).then().extract().asString().contains("People who may be recorded twice"),
                "the case has stored possible duplicates to show");

        long page = fewestStatements(() -> given().accept("text/html").get("/cases/" + id).then().statusCode(200).extract().asString()
                .contains("Henrietta"));
        long api = fewestStatements(() -> given().get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("reference"));
        System.out.println("statements: case page " + page + ", case API " + api);
        assertTrue(page > 5 && api > 5, "the statistics count these requests: " + page + ", " + api);
        assertTrue(page <= CASE_PAGE_LIMIT, "a case page ran " + page + " statements, more than its limit of " + CASE_PAGE_LIMIT);
        assertTrue(api <= CASE_API_LIMIT, "the case API ran " + api + " statements, more than its limit of " + CASE_API_LIMIT);
    }
}
