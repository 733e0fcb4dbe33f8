package org.roundtable.duplicates;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.roundtable.cluster.ClusterLock;

/**
 * When people's possible duplicates are checked: just after the transaction that recorded or changed them commits
 * (off the request's thread, so a submit does not wait for matching), and by a catch-up job for anyone never checked
 * (a check lost to a restart, people recorded before stored duplicates existed).
 */
@ApplicationScoped
public class DuplicateChecks {

    /** Fired in a transaction that recorded, linked, merged or changed these people. */
    public record PeopleRecorded(Set<UUID> personIds) {
    }

    /** The catch-up job's lock name across replicas. */
    public static final String JOB = "duplicate-checks";
    static final int CATCH_UP_BATCH = 200;
    private static final Logger LOG = Logger.getLogger(DuplicateChecks.class);

    @Inject
    StoredDuplicates stored;

    @Inject
    ManagedExecutor executor;

    @Inject
    ClusterLock cluster;

    private final Set<CompletableFuture<Void>> running = ConcurrentHashMap.newKeySet();

    private final java.util.concurrent.atomic.AtomicInteger holds = new java.util.concurrent.atomic.AtomicInteger();
    private final Set<UUID> heldBack = ConcurrentHashMap.newKeySet();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PeopleRecorded recorded) {
        if (holds.get() > 0) {
            heldBack.addAll(recorded.personIds());
            return;
        }
        start(recorded.personIds());
    }

    private void start(Set<UUID> personIds) {
        CompletableFuture<Void> check = executor.runAsync(() -> checkQuietly(personIds));
        running.add(check);
        check.whenComplete((done, failure) -> running.remove(check));
    }

    /**
     * Holds the checks after commit back until the returned handle is closed, then starts them. The suite counts the
     * statements of one submit (CaseViewStatementsTest): its own, not those of the check it sets off.
     */
    public AutoCloseable holdBack() {
        holds.incrementAndGet();
        return () -> {
            if (holds.decrementAndGet() == 0 && !heldBack.isEmpty()) {
                Set<UUID> waiting = Set.copyOf(heldBack);
                heldBack.removeAll(waiting);
                start(waiting);
            }
        };
    }

    private void checkQuietly(Set<UUID> personIds) {
        try {
            QuarkusTransaction.requiringNew().run(() -> stored.refresh(personIds));
        } catch (RuntimeException e) {
            // Nothing is stored for them, so the catch-up job checks them again.
            LOG.warnf(e, "Checking %d people for duplicates failed; the catch-up job will try again", personIds.size());
        }
    }

    @Scheduled(every = "${roundtable.duplicates.catch-up.every:5m}", delayed = "1m", identity = JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        catchUp();
    }

    /** One catch-up run: how many people were checked, or empty when another replica is running it now. */
    public Optional<Integer> catchUp() {
        return cluster.runOnce(JOB, () -> stored.refresh(stored.neverChecked(CATCH_UP_BATCH)).size());
    }

    /** Completes when the checks started so far have finished (for tests, which wait for this and never for a time). */
    public CompletableFuture<Void> settled() {
        return CompletableFuture.allOf(running.toArray(CompletableFuture[]::new));
    }
}
