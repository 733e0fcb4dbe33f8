package org.roundtable.audit;

/** Who did something: the token subject, their name at the time, and their agency's short code. */
public record Actor(String subject, String name, String agencyCode) {
}
