package org.roundtable.web;

import java.sql.SQLException;

/**
 * Tells a write that lost a race from a fault. Two people saving the same record at once is ordinary: the database
 * lets one win (a version check or a unique key) and refuses the other, often only at commit, wrapped in several
 * layers of transaction and persistence exceptions. Whatever the wrapping, the loser gets a 409, not a 500.
 */
public final class LostRace {

    /** unique_violation, serialization_failure, deadlock_detected: another transaction won. */
    private static final java.util.Set<String> RACE_STATES = java.util.Set.of("23505", "40001", "40P01");

    private LostRace() {
    }

    public static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof org.hibernate.StaleStateException
                    || cause instanceof org.hibernate.dialect.lock.OptimisticEntityLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && RACE_STATES.contains(violation.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
