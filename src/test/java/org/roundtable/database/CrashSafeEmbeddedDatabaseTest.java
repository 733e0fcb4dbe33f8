package org.roundtable.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL as the application runs it ({@link Durability#CRASH_SAFE}) keeps every submit it has
 * acknowledged through a kill -9 of the server and its backends, and the failures clients see meanwhile are ones
 * the application answers with 503.
 *
 * <p>Why a plain JUnit test and not through the Quarkus application: every {@code @QuarkusTest} shares one
 * application and one database for the whole run, and killing that database would break the other test classes,
 * while a second application (a test profile) costs a Quarkus restart. What can be lost in a crash is decided by the
 * server's settings and the submit's transaction, so this test starts its own server on its own folder the way
 * {@link EmbeddedDatabase} does, migrates it with the application's own Flyway scripts, and has eight clients run
 * the submit's writes in one transaction over JDBC ({@link SubmittingClient}). Their failures are converted as
 * Hibernate converts them and classified by the same {@code DatabaseUnavailable} rule that ProblemMappers uses to
 * answer 503; {@code DatabaseOutageAnswerTest} proves through the application that this rule gives 503 problem+json
 * and a 503 page.
 */
class CrashSafeEmbeddedDatabaseTest {

    private static final int CLIENTS = 8;
    private static final int DRAFTS = 5_000;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;
    private static final int ACKNOWLEDGED_AFTER_RESTART = 100;
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    private final Path folder = Path.of("target", "crash-test-postgres-" + ProcessHandle.current().pid());
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    private final AtomicBoolean stop = new AtomicBoolean();
    private EmbeddedPostgres server;

    @Test
    void acknowledgedSubmitsSurviveAKillOfTheServerAndTheOutageIsAnsweredAsUnavailable() throws Exception {
        long started = System.nanoTime();
        server = EmbeddedDatabase.start(folder, Durability.CRASH_SAFE);
        String url = server.getJdbcUrl("postgres", EmbeddedDatabase.DATABASE_NAME);
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            assertEquals("on", CrashTestSchema.setting(url, setting), setting);
        }
        CrashTestSchema.migrate(url);
        SubmittingClient.Shared shared = new SubmittingClient.Shared(new ConcurrentLinkedQueue<>(CrashTestSchema.createDrafts(url, DRAFTS)),
                new AtomicReference<>(url), stop, new ConcurrentHashMap<>(), new FailureTally());
        for (int i = 0; i < CLIENTS; i++) {
            clients.execute(new SubmittingClient(shared));
        }
        Poll.until(() -> shared.acknowledged().size() >= ACKNOWLEDGED_BEFORE_KILL, DEADLINE, ACKNOWLEDGED_BEFORE_KILL + " submits are acknowledged");

        long killed = System.nanoTime();
        Postmaster.of(folder).killWithItsBackends(DEADLINE);
        int acknowledgedAtKill = shared.acknowledged().size();
        Poll.until(() -> shared.failures().unavailable() >= CLIENTS, DEADLINE, "every client has met the outage");
        server.close(); // releases zonky's lock on the folder; its pg_ctl stop fails on the dead server and is only logged
        server = EmbeddedDatabase.start(folder, Durability.CRASH_SAFE);
        long restarted = System.nanoTime();
        url = server.getJdbcUrl("postgres", EmbeddedDatabase.DATABASE_NAME);
        shared.url().set(url);
        Poll.until(() -> shared.acknowledged().size() >= acknowledgedAtKill + ACKNOWLEDGED_AFTER_RESTART, DEADLINE,
                ACKNOWLEDGED_AFTER_RESTART + " more submits are acknowledged after the restart");
        stopClients();

        Map<UUID, String> acknowledged = Map.copyOf(shared.acknowledged());
        Map<UUID, String> stored = CrashTestSchema.submittedReferences(url);
        List<UUID> lost = acknowledged.keySet().stream().filter(id -> !acknowledged.get(id).equals(stored.get(id))).toList();
        assertEquals(List.of(), lost, "acknowledged submits that are not there with their reference after the crash");
        assertEquals(acknowledged.size(), new HashSet<>(acknowledged.values()).size(), "a reference was given to two submits");
        // Numbers 1..last were each given to exactly one stored referral: no number reissued after the crash.
        assertEquals(stored.size(), CrashTestSchema.lastReferenceNumber(url, LocalDate.now(CrashTestSchema.LONDON).getYear()));
        assertEquals(List.of(), List.copyOf(shared.failures().unexpected()), "failures the application would answer with 500");

        System.out.printf("Crash test: %d acknowledged (%d before kill -9), %d lost, %d submits in doubt (%d stored beyond the"
                + " acknowledged), %d failures answered as unavailable, restart %d ms after the kill, %d ms in all%n",
                acknowledged.size(), acknowledgedAtKill, lost.size(), shared.failures().submitsInDoubt(),
                stored.size() - acknowledged.size(), shared.failures().unavailable(),
                TimeUnit.NANOSECONDS.toMillis(restarted - killed), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @AfterEach
    void stopEverything() throws Exception {
        stopClients();
        if (server != null) {
            server.close();
        }
        FileUtils.deleteDirectory(folder.toFile());
    }

    private void stopClients() throws InterruptedException {
        stop.set(true);
        clients.shutdown();
        assertTrue(clients.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS), "clients stopped");
    }
}
