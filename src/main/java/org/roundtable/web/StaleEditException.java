package org.roundtable.web;

/** Someone else saved the record after this edit began. Carries the version now saved so it can be shown. */
public class StaleEditException extends RuntimeException {

    private final transient Object current;

    public StaleEditException(String message, Object current) {
        super(message);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
