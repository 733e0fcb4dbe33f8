package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Which failures mean "the database cannot be reached" (503, try again) and which are something else. */
class DatabaseUnavailableTest {

    @Test
    void aRefusedOrLostConnectionIsUnavailableHoweverDeeplyWrapped() {
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        PSQLException lost = new PSQLException("An I/O error occurred while sending to the backend", PSQLState.CONNECTION_FAILURE);
        assertTrue(DatabaseUnavailable.causedBy(refused));
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new JDBCConnectionException("flush", lost))));
        assertTrue(DatabaseUnavailable.causedBy(new TransactionalException("commit", new PersistenceException(lost))));
    }

    @Test
    void aServerShuttingDownOrStartingUpIsUnavailable() {
        for (String state : new String[] { "57P01", "57P02", "57P03" }) {
            assertTrue(DatabaseUnavailable.causedBy(new GenericJDBCException("query", new SQLException("shutdown", state))), state);
        }
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsUnavailable() {
        SQLException agroal = new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException());
        assertTrue(DatabaseUnavailable.causedBy(new GenericJDBCException("Unable to acquire JDBC Connection", agroal)));
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new SQLTransientConnectionException("pool exhausted"))));
    }

    @Test
    void aRefusedStatementIsNotAnOutage() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertFalse(DatabaseUnavailable.causedBy(new ConstraintViolationException("insert", unique, "referral_reference_key")));
        assertFalse(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("could not serialize", "40001"))));
        assertFalse(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("statement timeout", "57014"))));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.causedBy(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseUnavailable.causedBy(second));
    }
}
