package org.roundtable.web;

/** A change the record's current state does not allow: answered with 409. */
public class IllegalStateChangeException extends RuntimeException {
    public IllegalStateChangeException(String message) {
        super(message);
    }
}
