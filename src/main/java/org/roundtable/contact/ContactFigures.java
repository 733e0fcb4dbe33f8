package org.roundtable.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Figures the reports will count: how long from referral to the first contact attempt, and to the first contact that
 * reached the victim. Amendments are not contacts; corrections count as the entry now says.
 */
public final class ContactFigures {

    public record Figures(Duration toFirstAttempt, Duration toFirstSuccessfulContact) {

        public Long hoursToFirstAttempt() {
            return toFirstAttempt == null ? null : toFirstAttempt.toHours();
        }

        public Long hoursToFirstSuccessfulContact() {
            return toFirstSuccessfulContact == null ? null : toFirstSuccessfulContact.toHours();
        }
    }

    private ContactFigures() {
    }

    static Figures of(Instant referredAt, List<ContactEntry> entries) {
        List<ContactEntry> contacts = entries.stream().filter(e -> e.amendsEntryId == null)
                .sorted(Comparator.comparing((ContactEntry e) -> e.occurredAt)).toList();
        Instant firstAttempt = contacts.stream().map(e -> e.occurredAt).findFirst().orElse(null);
        Instant firstReached = contacts.stream().filter(e -> e.outcome.reachedVictim()).map(e -> e.occurredAt).findFirst().orElse(null);
        return new Figures(firstAttempt == null ? null : Duration.between(referredAt, firstAttempt),
                firstReached == null ? null : Duration.between(referredAt, firstReached));
    }
}
