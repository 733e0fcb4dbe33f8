package org.roundtable.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The reminder an open action is due for today: due within 3 days, due today, 1 day overdue, then once a week while
 * overdue (8, 15, 22... days). The key names the step, so each is sent once: the outbox has one row per action and key.
 */
record ReminderStep(String key, String phrase) {

    static Optional<ReminderStep> on(LocalDate dueOn, LocalDate today) {
        long until = ChronoUnit.DAYS.between(today, dueOn);
        if (until > 3) {
            return Optional.empty();
        }
        if (until > 0) {
            return Optional.of(new ReminderStep("DUE_SOON", "is due in " + until + (until == 1 ? " day" : " days")));
        }
        if (until == 0) {
            return Optional.of(new ReminderStep("DUE_TODAY", "is due today"));
        }
        long overdue = -until;
        if (overdue < 8) {
            return Optional.of(new ReminderStep("OVERDUE", "is overdue"));
        }
        long weeks = (overdue - 1) / 7;
        return Optional.of(new ReminderStep("OVERDUE_WEEK_" + weeks, "is " + weeks + (weeks == 1 ? " week" : " weeks") + " overdue"));
    }
}
