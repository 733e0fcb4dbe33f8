package org.roundtable.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells from a failure whether the database could not be reached: a passing outage (a restart, a failover) that
 * is worth a 503 and a retry, not a 500 that reads as a bug. Hibernate, the pool and the transaction manager wrap
 * the driver's exception in their own, so the whole cause chain is read.
 */
public final class DatabaseUnavailable {

    // PostgreSQL's SQLState class 08 is "connection exception"; 57P01-57P03 are an administrator's or a crash's
    // shutdown and "cannot connect now" while the server starts or recovers.
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (meansUnreachable(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean meansUnreachable(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state)) || isPoolTimeout(sql);
        }
        return false;
    }

    // Agroal gives no type or SQLState when it cannot hand out a connection in time, only these messages
    // ("Acquisition timeout while waiting for new connection", "Sorry, acquisition timeout!").
    private static boolean isPoolTimeout(SQLException sql) {
        return sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
