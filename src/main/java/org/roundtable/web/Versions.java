package org.roundtable.web;

/** Reads the version a client is changing from the If-Match header (optimistic locking over HTTP). */
public final class Versions {

    private Versions() {
    }

    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidInputException("If-Match", "Send the version you are changing in the If-Match header");
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must be the version number you read");
        }
    }

    /** The version a page form was drawn from (a hidden field); a missing or garbled one is the form's fault, not a conflict. */
    public static long fromForm(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "The form's version is missing or not a number: reload the page and send it again");
        }
    }
}
