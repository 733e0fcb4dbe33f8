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

    /** Whole minutes from the referral's submission; null while there has been none. */
    public record Figures(Long minutesToFirstAttempt, Long minutesToFirstSuccessfulContact) {

        public String firstAttemptSpoken() {
            return spoken(minutesToFirstAttempt);
        }

        public String firstContactSpoken() {
            return spoken(minutesToFirstSuccessfulContact);
        }
    }

    /**
     * The outcomes that count as a successful contact, by name, for reports that compute these figures in SQL over
     * many referrals: the same rule as {@link #of}.
     */
    public static final List<String> SUCCESSFUL_OUTCOMES = java.util.Arrays.stream(Choices.Outcome.values())
            .filter(Choices.Outcome::reachedVictim).map(Enum::name).toList();

    /**
     * "2 days 3 hours", "5 hours", "Not yet", or "Before the referral": an advocate may already have been supporting
     * the victim when the referral was made, so a contact dated earlier is real, not a mistake, and is not a negative
     * time.
     */
    public static String spoken(Long minutes) {
        if (minutes == null) {
            return "Not yet";
        }
        if (minutes < 0) {
            return "Before the referral";
        }
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        return days > 0 ? days + (days == 1 ? " day " : " days ") + hours + (hours == 1 ? " hour" : " hours")
                : hours + (hours == 1 ? " hour" : " hours");
    }

    private ContactFigures() {
    }

    static Figures of(Instant referredAt, List<ContactEntry> entries) {
        List<ContactEntry> contacts = entries.stream().filter(e -> e.amendsEntryId == null)
                .sorted(Comparator.comparing((ContactEntry e) -> e.occurredAt)).toList();
        Instant firstAttempt = contacts.stream().map(e -> e.occurredAt).findFirst().orElse(null);
        Instant firstReached = contacts.stream().filter(e -> e.outcome.reachedVictim()).map(e -> e.occurredAt).findFirst().orElse(null);
        return new Figures(firstAttempt == null ? null : Duration.between(referredAt, firstAttempt).toMinutes(),
                firstReached == null ? null : Duration.between(referredAt, firstReached).toMinutes());
    }
}
