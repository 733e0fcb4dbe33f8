package org.roundtable.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.roundtable.metrics.Metrics;

/**
 * Sends what the outbox holds. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so instances sharing the
 * database never send the same row; a row is marked sent in the transaction that sent it, and one the mail server
 * refused stays, to be tried again after a growing wait (1, 2, 4 ... minutes, at most 6 hours). Nothing is deleted.
 */
@ApplicationScoped
class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    @Inject
    EntityManager entityManager;

    @Inject
    Postman postman;

    @Inject
    Clock clock;

    @Inject
    Metrics metrics;

    /** Returns how many emails went out. */
    @Transactional
    int sendDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = entityManager.createNativeQuery("""
                select id, recipients, subject, body, attempts, kind from reminder_outbox
                where sent_at is null and next_attempt_at <= :now
                order by next_attempt_at limit :batch
                for update skip locked""").setParameter("now", now).setParameter("batch", BATCH).getResultList();
        int sent = 0;
        for (Object[] row : claimed) {
            UUID id = (UUID) row[0];
            int attempts = ((Number) row[4]).intValue();
            try {
                postman.deliver(Arrays.asList(((String) row[1]).split(",")), (String) row[2], (String) row[3]);
                entityManager.createNativeQuery("update reminder_outbox set sent_at = :now, attempts = attempts + 1 where id = :id")
                        .setParameter("now", now).setParameter("id", id).executeUpdate();
                sent++;
                metrics.mail(true, (String) row[5]);
            } catch (RuntimeException e) {
                Instant next = now.plus(backoff(attempts + 1));
                metrics.mail(false, (String) row[5]);
                // The server's answer may name an address: it goes to the row's last_error, not to the log.
                LOG.warnf("Email %s (%s) not sent (attempt %d), next try at %s: %s", id, row[5], attempts + 1, next,
                        e.getClass().getSimpleName());
                entityManager.createNativeQuery("""
                        update reminder_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error where id = :id""")
                        .setParameter("next", next).setParameter("error", String.valueOf(e.getMessage())).setParameter("id", id)
                        .executeUpdate();
            }
        }
        return sent;
    }

    static Duration backoff(int attempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
