package org.roundtable.reminder;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.roundtable.action.ActionFixtures;
import org.roundtable.web.Clocks;

/** Reminders of due and overdue actions: each step once, kept through a mail server failure, once across two instances. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class RemindersTest {

    @Inject
    ActionFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    ReminderJob job;

    @Inject
    MockMailbox mailbox;

    @Inject
    Mailer mailer;

    @Inject
    EntityManager entityManager;

    /** A mail server that can be taken down. */
    static class FlakyPostman extends Postman {
        volatile boolean down;

        @Override
        void deliver(List<String> to, String subject, String text) {
            if (down) {
                throw new IllegalStateException("Connection refused: mail.example:25");
            }
            super.deliver(to, subject, text);
        }
    }

    private static void today(LocalDate day, int hour, int minute) {
        Instant at = day.atTime(hour, minute).atZone(Clocks.LONDON).toInstant();
        QuarkusMock.installMockForType(Clock.fixed(at, Clocks.LONDON), Clock.class);
    }

    private List<Mail> to(String subject) {
        return mailbox.getMailsSentTo(subject + "@test.example");
    }

    @Test
    void dueSoonDueTodayAndOverdueRemindersGoToTheAssigneeOnceEachAcrossRepeatedRuns() {
        var running = fixtures.meetingInProgress(identity, "Remind");
        String housing = running.p().housing();
        String action = fixtures.setAction(identity, running, housing, "Change the locks for Ivy", 5);
        String spoc = fixtures.spoc(housing);
        String officer = fixtures.colleague(housing, "Dan Webb");
        ActionFixtures.signInSpoc(identity, housing);
        given().contentType("application/json").header("If-Match", "0").body(Map.of("assignee", officer))
                .put("/api/v1/actions/" + action + "/assignee").then().statusCode(200);
        LocalDate due = LocalDate.now().plusDays(5);

        today(due.minusDays(4), 8, 0);
        job.runOnce();
        assertEquals(0, to(officer).size(), "nothing four days before");

        today(due.minusDays(3), 8, 0);
        job.runOnce();
        job.runOnce();
        today(due.minusDays(3), 17, 0);
        job.runOnce();
        assertEquals(1, to(officer).size(), "one due-soon reminder however often the job runs");
        Mail soon = to(officer).get(0);
        assertTrue(soon.getSubject().contains("due in 3 days"), soon.getSubject());
        String reference = given().get("/api/v1/actions/" + action).then().extract().path("caseReference");
        assertNotNull(reference);
        assertTrue(soon.getSubject().contains(reference) && soon.getText().contains(reference), "the case reference is in the reminder");
        assertTrue(soon.getText().contains("/actions/" + action), "the reminder links to the action");
        for (String personal : List.of("Ivy", "Dan", "Webb", "Aisha", "Rahman", "Change the locks")) {
            assertFalse(soon.getSubject().contains(personal) || soon.getText().contains(personal), "no personal data: " + personal);
        }
        assertEquals(0, to(spoc).size(), "an assigned action reminds the assignee, not the SPOC");

        today(due, 9, 0);
        job.runOnce();
        job.runOnce();
        today(due.plusDays(1), 9, 0);
        job.runOnce();
        job.runOnce();
        today(due.plusDays(2), 9, 0);
        job.runOnce();
        today(due.plusDays(8), 9, 0);
        job.runOnce();
        job.runOnce();
        today(due.plusDays(9), 9, 0);
        job.runOnce();
        List<String> subjects = to(officer).stream().map(Mail::getSubject).toList();
        assertEquals(4, subjects.size(), "due soon, due today, overdue, a week overdue: " + subjects);
        assertTrue(subjects.get(1).contains("due today") && subjects.get(2).contains("overdue") && subjects.get(3).contains("1 week overdue"),
                subjects.toString());
    }

    @Test
    void anUnassignedActionRemindsTheAgencysSpocAndAFailedSendStaysInTheOutboxUntilALaterRun() {
        var running = fixtures.meetingInProgress(identity, "Outbox");
        String housing = running.p().housing();
        String action = fixtures.setAction(identity, running, housing, "Visit", 1);
        String spoc = fixtures.spoc(housing);
        FlakyPostman postman = new FlakyPostman();
        postman.mailer = mailer;
        postman.down = true;
        QuarkusMock.installMockForType(postman, Postman.class);

        LocalDate today = LocalDate.now();
        today(today, 9, 0);
        job.runOnce();
        assertEquals(0, to(spoc).size());
        Object[] row = outbox(action);
        assertEquals(1, ((Number) row[0]).intValue(), "one attempt recorded");
        assertEquals(null, row[1], "not sent");
        assertTrue(String.valueOf(row[2]).contains("Connection refused"), "the failure is kept");

        postman.down = false;
        job.runOnce();
        assertEquals(0, to(spoc).size(), "not retried before its backoff");
        today(today, 9, 2);
        job.runOnce();
        job.runOnce();
        assertEquals(1, to(spoc).size(), "sent once when the mail server is back");
        assertNotNull(outbox(action)[1]);
    }

    @Test
    void twoInstancesRunningTheJobAtOnceSendEachReminderOnce() throws Exception {
        var running = fixtures.meetingInProgress(identity, "Twice");
        String housing = running.p().housing();
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            actions.add(fixtures.setAction(identity, running, housing, "Task " + i, 2));
        }
        String spoc = fixtures.spoc(housing);
        today(LocalDate.now(), 10, 0);

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<ReminderJob.Run>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(instances.submit(() -> {
                        go.await();
                        return job.runOnce();
                    }));
                }
                go.countDown();
                for (Future<ReminderJob.Run> run : runs) {
                    run.get();
                }
            }
        } finally {
            instances.shutdownNow();
        }
        assertEquals(6, to(spoc).size(), "six actions, one due-soon reminder each: " + to(spoc).stream().map(Mail::getSubject).toList());
        for (String action : actions) {
            Object[] row = outbox(action);
            assertEquals(1, ((Number) row[0]).intValue(), "each row was sent in one attempt");
            assertNotNull(row[1]);
        }
    }

    private Object[] outbox(String action) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select attempts, sent_at, last_error, (select count(*) from reminder_outbox o where o.action_id = r.action_id) "
                        + "from reminder_outbox r where action_id = :id order by created_at desc limit 1")
                .setParameter("id", UUID.fromString(action)).getSingleResult());
    }
}
