package org.roundtable.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every few minutes (roundtable.reminders.every; "off" in the fast tests, which run it themselves): decide today's
 * reminders into the outbox, then send what the outbox holds. Safe to run on several instances at once.
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

    @Scheduled(every = "${roundtable.reminders.every:5m}", identity = "action-reminders",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    public Run runOnce() {
        int decided = planner.decide();
        return new Run(decided, sender.sendDue());
    }
}
