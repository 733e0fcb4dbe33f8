package org.roundtable.database;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a state, not for a time: checks often and gives up loudly after a deadline. */
final class Poll {

    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private Poll() {
    }

    static void until(BooleanSupplier state, Duration deadline, String what) {
        Instant giveUp = Instant.now().plus(deadline);
        while (!state.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Gave up after " + deadline + " waiting until " + what);
            }
            LockSupport.parkNanos(INTERVAL_NANOS);
        }
    }
}
