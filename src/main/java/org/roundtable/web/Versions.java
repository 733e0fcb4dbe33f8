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
}
