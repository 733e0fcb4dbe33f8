package org.roundtable.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Email that follows a change (an agenda notice, say) is written to the outbox in the change's own transaction and
 * sent just after the commit; whatever that send misses (the mail server down, the replica gone) the reminder job's
 * next run sends, on whichever replica runs it. Nothing that was committed is lost.
 */
@ApplicationScoped
public class Outbox {

    /** The kinds of mail, as the outbox's {@code kind} column and the mail metrics' {@code kind} tag hold them. */
    public static final String REMINDER = "reminder";
    public static final String AGENDA = "agenda";

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    OutboxSender sender;

    @Inject
    Event<Written> written;

    /** Fired when a row is written, to send it once the transaction has committed. */
    record Written() {
    }

    /** Writes one email to the outbox in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(String kind, List<String> to, String subject, String body) {
        entityManager.createNativeQuery("""
                insert into reminder_outbox (id, kind, recipients, subject, body, created_at, next_attempt_at)
                values (:id, :kind, :to, :subject, :body, :now, :now)""")
                .setParameter("id", UUID.randomUUID()).setParameter("kind", kind).setParameter("to", String.join(",", to))
                .setParameter("subject", subject).setParameter("body", body).setParameter("now", clock.instant()).executeUpdate();
        written.fire(new Written());
    }

    // The committed transaction is still on the thread while its observers run: send in a new one.
    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written row) {
        QuarkusTransaction.requiringNew().run(sender::sendDue);
    }
}
