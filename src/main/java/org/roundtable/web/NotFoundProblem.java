package org.roundtable.web;

/** The record does not exist (or is not for this user to know about). */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String message) {
        super(message);
    }
}
