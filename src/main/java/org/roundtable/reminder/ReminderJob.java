package org.roundtable.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.roundtable.cluster.ClusterLock;

/**
 * Every few minutes (roundtable.reminders.every; "off" in the fast tests, which run it themselves): decide today's
 * reminders into the outbox, then send what the outbox holds. One replica runs it at a time ({@link ClusterLock});
 * {@link #runOnce} alone is safe on several at once too (the outbox's unique key, rows claimed with SKIP LOCKED).
 */
@ApplicationScoped
public class ReminderJob {

    /** What one run did. */
    public record Run(int decided, int sent) {
    }

    @Inject
    ReminderPlanner planner;

    @Inject
    OutboxSender sender;

    @Inject
    ClusterLock cluster;

    /** The job's lock name across replicas. */
    public static final String JOB = "action-reminders";

    @Scheduled(every = "${roundtable.reminders.every:5m}", identity = JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnThisReplica();
    }

    /** What the schedule calls: one run, or empty when another replica is running it now. */
    public Optional<Run> runOnThisReplica() {
        return cluster.runOnce(JOB, this::runOnce);
    }

    public Run runOnce() {
        int decided = planner.decide();
        return new Run(decided, sender.sendDue());
    }
}
