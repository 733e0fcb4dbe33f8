package org.roundtable.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;
import org.roundtable.reminder.ReminderJob;
import org.roundtable.support.ApplicationClasses;
import org.roundtable.user.KeycloakAccounts;

/**
 * Scheduled jobs run once across replicas sharing one PostgreSQL. Two replicas' schedulers are two threads here,
 * each with its own connection and transaction, which is all the advisory lock sees of a replica.
 */
@QuarkusTest
class ClusterLockTest {

    private static final long WAIT_SECONDS = 120;

    @Inject
    ClusterLock cluster;

    @Inject
    ReminderJob reminders;

    @Inject
    KeycloakAccounts accounts;

    @Test
    void twoReplicasStartingTheSameJobAtOnceRunItOnce() throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                AtomicInteger ran = new AtomicInteger();
                CountDownLatch go = new CountDownLatch(1);
                CountDownLatch loserReturned = new CountDownLatch(1);
                // The winner keeps its lock until the other replica has tried and given up, so the two really overlap.
                Supplier<Boolean> work = () -> {
                    ran.incrementAndGet();
                    return waitFor(loserReturned);
                };
                List<Future<Optional<Boolean>>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(replicas.submit(() -> {
                        go.await();
                        Optional<Boolean> run = cluster.runOnce("test-job", work);
                        if (run.isEmpty()) {
                            loserReturned.countDown();
                        }
                        return run;
                    }));
                }
                go.countDown();
                int skipped = 0;
                for (Future<Optional<Boolean>> run : runs) {
                    Optional<Boolean> result = run.get(WAIT_SECONDS, TimeUnit.SECONDS);
                    skipped += result.isEmpty() ? 1 : 0;
                    result.ifPresent(overlapped -> assertTrue(overlapped, "the other replica tried while this one ran"));
                }
                assertEquals(1, ran.get(), "one replica ran the job");
                assertEquals(1, skipped, "the other skipped it");
            }
        } finally {
            replicas.shutdownNow();
        }
        assertTrue(cluster.runOnce("test-job", () -> true).isPresent(), "the lock ends with the run's transaction");
    }

    @Test
    void eachScheduledJobSkipsItsRunWhileAnotherReplicaRunsIt() throws Exception {
        assertSkippedWhileHeld(ReminderJob.JOB, () -> reminders.runOnThisReplica());
        assertSkippedWhileHeld(KeycloakAccounts.JOB, () -> accounts.refreshOnThisReplica());
    }

    private void assertSkippedWhileHeld(String job, Supplier<Optional<?>> scheduledRun) throws Exception {
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Optional<Boolean>> other = otherReplica.submit(() -> cluster.runOnce(job, () -> {
                holding.countDown();
                return waitFor(release);
            }));
            assertTrue(holding.await(WAIT_SECONDS, TimeUnit.SECONDS), "the other replica took " + job);
            assertTrue(scheduledRun.get().isEmpty(), job + " is skipped here while the other replica runs it");
            release.countDown();
            assertEquals(Optional.of(true), other.get(WAIT_SECONDS, TimeUnit.SECONDS));
            assertTrue(scheduledRun.get().isPresent(), job + " runs here once the other replica has finished");
        } finally {
            otherReplica.shutdownNow();
        }
    }

    /** True once the latch opens (the state the work waits for), false if it never does. */
    private static boolean waitFor(CountDownLatch latch) {
        try {
            return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void everyScheduledMethodBelongsToAClassThatTakesTheClusterLock() throws Exception {
        Index index = ApplicationClasses.index();
        DotName clusterLock = DotName.createSimple(ClusterLock.class.getName());
        List<String> jobs = new ArrayList<>();
        for (AnnotationInstance scheduled : index.getAnnotations(DotName.createSimple(Scheduled.class.getName()))) {
            ClassInfo owner = scheduled.target().asMethod().declaringClass();
            jobs.add(owner.simpleName());
            assertTrue(owner.fields().stream().anyMatch(f -> f.type().name().equals(clusterLock)),
                    owner.name() + " has a @Scheduled method but no ClusterLock: wrap the run in ClusterLock.runOnce(JOB, ...)");
        }
        assertTrue(jobs.containsAll(List.of("ReminderJob", "KeycloakAccounts", "AuditChain", "Retention")), "jobs found: " + jobs);
    }

    @Test
    void eachJobHasItsOwnLock() {
        assertNotEquals(ClusterLock.key(ReminderJob.JOB), ClusterLock.key(KeycloakAccounts.JOB));
        assertEquals(ClusterLock.key("action-reminders"), ClusterLock.key(ReminderJob.JOB), "a key is the same on every replica");
    }
}
