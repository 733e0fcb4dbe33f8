package org.roundtable.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.action.ActionService;
import org.roundtable.action.ActionView;
import org.roundtable.user.UserView;
import org.roundtable.web.Clocks;

/**
 * Decides which reminders are due today and writes each to the outbox in the same transaction. The outbox's unique
 * key (action, step) makes deciding twice, or on two instances at once, write one row.
 */
@ApplicationScoped
class ReminderPlanner {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    @Inject
    ActionService actions;

    @Inject
    Recipients recipients;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @ConfigProperty(name = "roundtable.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** Returns how many reminders were newly written to the outbox. */
    @Transactional
    int decide() {
        LocalDate today = Clocks.today(clock);
        List<UserView> everyone = recipients.everyone();
        int written = 0;
        for (ActionView action : actions.openDueBy(today.plusDays(3))) {
            var step = ReminderStep.on(action.dueOn(), today);
            List<String> to = recipients.of(action, everyone);
            if (step.isEmpty() || to.isEmpty()) {
                continue;
            }
            written += entityManager.createNativeQuery("""
                    insert into reminder_outbox (id, kind, action_id, step, recipients, subject, body, created_at, next_attempt_at)
                    values (:id, 'reminder', :action, :step, :to, :subject, :body, :now, :now)
                    on conflict (action_id, step) do nothing""")
                    .setParameter("id", UUID.randomUUID()).setParameter("action", action.id()).setParameter("step", step.get().key())
                    .setParameter("to", String.join(",", to)).setParameter("subject", subject(action, step.get()))
                    .setParameter("body", body(action, step.get())).setParameter("now", clock.instant()).executeUpdate();
        }
        return written;
    }

    // The case reference, the due date and a link: never a name or the action's text, which may hold personal data.
    private static String subject(ActionView action, ReminderStep step) {
        return "Roundtable: an action on " + reference(action) + " " + step.phrase();
    }

    private String body(ActionView action, ReminderStep step) {
        return "An action for your agency (" + action.ownerAgencyCode() + ") on case " + reference(action) + " " + step.phrase()
                + ".\nDue: " + DAY.format(action.dueOn()) + "\n\nSee it and record progress:\n" + baseUrl + "/actions/" + action.id()
                + "\n\nThis email holds no personal data. Sign in to Roundtable to see the action.";
    }

    private static String reference(ActionView action) {
        return action.caseReference() == null ? "a " + action.kind().label() + " case" : action.caseReference();
    }
}
