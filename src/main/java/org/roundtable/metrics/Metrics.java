package org.roundtable.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import org.roundtable.agency.ConferenceKind;

/**
 * The work counters served to Prometheus at {@code /q/metrics} on the management port (see docs/operations.md and
 * deploy/grafana/roundtable-dashboard.json). A count made inside a transaction is added only once that commits, so a
 * refused or rolled-back request counts nothing. Tags hold kinds, never a person, a case or a user.
 */
@ApplicationScoped
public class Metrics {

    public static final String REFERRALS_SUBMITTED = "roundtable.referrals.submitted";
    public static final String CANDIDATES_PROPOSED = "roundtable.candidates.proposed";
    public static final String MEETINGS_HELD = "roundtable.meetings.held";
    public static final String AUDIT_ROWS = "roundtable.audit.rows";
    /** Emails handed to the mail server, and refused by it, tagged kind (reminder, agenda). */
    public static final String MAIL_SENT = "roundtable.mail.sent";
    public static final String MAIL_FAILED = "roundtable.mail.failed";

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    // Every series exists from the start at 0, so a dashboard shows a flat line rather than "no data".
    void onStart(@Observes StartupEvent start) {
        for (ConferenceKind kind : ConferenceKind.values()) {
            registry.counter(REFERRALS_SUBMITTED, "kind", tag(kind));
            registry.counter(MEETINGS_HELD, "kind", tag(kind));
        }
        registry.counter(CANDIDATES_PROPOSED);
        registry.counter(AUDIT_ROWS);
        for (String kind : new String[] { "reminder", "agenda" }) {
            registry.counter(MAIL_SENT, "kind", kind);
            registry.counter(MAIL_FAILED, "kind", kind);
        }
    }

    public void referralSubmitted(ConferenceKind kind) {
        afterCommit(REFERRALS_SUBMITTED, 1, "kind", tag(kind));
    }

    public void candidatesProposed(int count) {
        if (count > 0) {
            afterCommit(CANDIDATES_PROPOSED, count);
        }
    }

    public void meetingHeld(ConferenceKind kind) {
        afterCommit(MEETINGS_HELD, 1, "kind", tag(kind));
    }

    public void auditRowWritten() {
        afterCommit(AUDIT_ROWS, 1);
    }

    public void mail(boolean sent, String kind) {
        afterCommit(sent ? MAIL_SENT : MAIL_FAILED, 1, "kind", kind);
    }

    private void afterCommit(String name, double amount, String... tags) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            registry.counter(name, tags).increment(amount);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    registry.counter(name, tags).increment(amount);
                }
            }
        });
    }

    private static String tag(ConferenceKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
