package org.roundtable.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.action.ActionFixtures;
import org.roundtable.support.Prometheus;

/** The work counters on /q/metrics (management port) move with the work: a case through a meeting, a person search. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class MetricsTest {

    @Inject
    ActionFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Test
    void aCaseThroughAMeetingAndAPersonSearchMoveTheCounters() {
        String before = Prometheus.scrape();
        for (String series : new String[] { "roundtable_referrals_submitted_total", "roundtable_candidates_proposed_total",
                "roundtable_meetings_held_total", "roundtable_audit_rows_total", "roundtable_mail_sent_total",
                "roundtable_mail_failed_total" }) {
            assertTrue(before.contains(series), "served from the start: " + series);
        }

        // Submitted, accepted, listed on a published agenda (agenda notices go out), heard, and the meeting ended.
        var running = fixtures.meetingInProgress(identity, "Counted");
        given().contentType("application/json").body(Map.of("decision", "UNDER_REVIEW", "nextReviewOn",
                LocalDate.now().plusDays(20).toString(), "minutesSpent", 5))
                .post("/api/v1/meetings/" + running.meetingId() + "/agenda/items/" + running.item() + "/decision").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + running.meetingId() + "/end").then().statusCode(200);
        // The same victim looked up again, as a referrer would before a second referral.
        running.p().signInReferrer(identity);
        given().queryParam("firstName", "Ivy").queryParam("lastName", "Counted" + running.p().housing())
                .queryParam("dateOfBirth", "1988-06-01").get("/api/v1/referrals/person-matches").then().statusCode(200);

        String after = Prometheus.scrape();
        assertEquals(1, delta(before, after, "roundtable_referrals_submitted_total", "kind=\"marac\""), 0.0001);
        assertEquals(1, delta(before, after, "roundtable_meetings_held_total", "kind=\"marac\""), 0.0001);
        assertTrue(delta(before, after, "roundtable_candidates_proposed_total", "") >= 1, "the recorded victim was proposed");
        assertTrue(delta(before, after, "roundtable_audit_rows_total", "") >= 6, "submit, accept, publish, start, decide, end ...");
        assertTrue(delta(before, after, "roundtable_mail_sent_total", "kind=\"agenda\"") >= 1, "agenda notices sent");
    }

    @Inject
    Metrics metrics;

    @Test
    void aCountInATransactionThatRollsBackCountsNothing() {
        double before = Prometheus.value("roundtable_audit_rows_total", "");
        assertThrows(QuarkusTransactionException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            metrics.auditRowWritten();
            QuarkusTransaction.setRollbackOnly();
        }));
        assertEquals(before, Prometheus.value("roundtable_audit_rows_total", ""), 0.0001);
        QuarkusTransaction.requiringNew().run(metrics::auditRowWritten);
        assertEquals(before + 1, Prometheus.value("roundtable_audit_rows_total", ""), 0.0001);
    }

    @Test
    void everyRoundtableSeriesOnTheGrafanaDashboardIsServed() throws Exception {
        String dashboard = java.nio.file.Files.readString(java.nio.file.Path.of("deploy", "grafana", "roundtable-dashboard.json"));
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(dashboard);
        java.util.regex.Matcher series = java.util.regex.Pattern.compile("roundtable_[a-z_]+_total").matcher(dashboard);
        String served = Prometheus.scrape();
        int found = 0;
        while (series.find()) {
            found++;
            assertTrue(served.contains(series.group() + "{") || served.contains(series.group() + " "), "served: " + series.group());
        }
        assertTrue(found >= 6, "the dashboard shows the work counters");
    }

    private static double delta(String before, String after, String name, String labels) {
        return Prometheus.value(after, name, labels) - Prometheus.value(before, name, labels);
    }
}
