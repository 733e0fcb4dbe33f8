package org.roundtable.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.hibernate.engine.jdbc.spi.SqlExceptionHelper;

/**
 * One user submitting drafts one after another, with the writes of ReferralService.submit in one transaction: the
 * reference counter's upsert (ReferenceNumbers.next), the versioned update of the referral and its history row.
 * What it was told is recorded: the reference of each acknowledged submit, and how each failure would be answered.
 */
final class SubmittingClient implements Runnable {

    /** What the clients share: the work, the server's current address, and what they were told. */
    record Shared(Queue<UUID> drafts, AtomicReference<String> url, AtomicBoolean stop,
            Map<UUID, String> acknowledged, FailureTally failures) {
    }

    private static final SqlExceptionHelper HIBERNATE = new SqlExceptionHelper(false, false);
    // A real client backs off before trying a dead server again; this paces retries, it does not wait for a state.
    private static final long BACK_OFF_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Shared shared;
    private Connection connection;

    SubmittingClient(Shared shared) {
        this.shared = shared;
    }

    @Override
    public void run() {
        while (!shared.stop().get()) {
            UUID draft = null;
            try {
                if (connection == null) {
                    connection = DriverManager.getConnection(shared.url().get());
                    connection.setAutoCommit(false);
                }
                draft = shared.drafts().poll();
                if (draft == null) {
                    return;
                }
                shared.acknowledged().put(draft, submit(draft));
            } catch (SQLException e) {
                // The application sees the driver's exception as Hibernate converts it; answer it the same way.
                shared.failures().record(HIBERNATE.convert(e, "submit"), draft);
                closeQuietly();
                LockSupport.parkNanos(BACK_OFF_NANOS);
            } catch (RuntimeException e) {
                shared.failures().record(e, draft);
                closeQuietly();
            }
        }
        closeQuietly();
    }

    private String submit(UUID draft) throws SQLException {
        try (var load = connection.prepareStatement("select version from referral where id = ? and state = 'DRAFT'");
                var counter = connection.prepareStatement("""
                        insert into reference_counter (conference_kind_code, year, last_number) values ('MARAC', ?, 1)
                        on conflict (conference_kind_code, year) do update set last_number = reference_counter.last_number + 1
                        returning last_number""");
                var update = connection.prepareStatement("""
                        update referral set reference = ?, state = 'SUBMITTED', submitted_at = now(), updated_at = now(),
                        version = version + 1 where id = ? and version = ?""");
                var history = connection.prepareStatement("""
                        insert into referral_transition (referral_id, from_state, to_state, occurred_at, actor_subject, actor_name)
                        values (?, 'DRAFT', 'SUBMITTED', now(), 'crash-test', 'Crash test')""")) {
            load.setObject(1, draft);
            var loaded = load.executeQuery();
            if (!loaded.next()) {
                throw new IllegalStateException("Draft " + draft + " is gone or already submitted");
            }
            long version = loaded.getLong(1);
            int year = LocalDate.now(CrashTestSchema.LONDON).getYear();
            counter.setInt(1, year);
            var numbered = counter.executeQuery();
            numbered.next();
            String reference = String.format("MARAC-%d-%05d", year, numbered.getInt(1));
            update.setString(1, reference);
            update.setObject(2, draft);
            update.setLong(3, version);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("Draft " + draft + " changed under its only client");
            }
            history.setObject(1, draft);
            history.executeUpdate();
            connection.commit();
            return reference;
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The server is gone; there is nothing to close cleanly.
            }
            connection = null;
        }
    }
}
