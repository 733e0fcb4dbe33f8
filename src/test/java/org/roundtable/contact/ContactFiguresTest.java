package org.roundtable.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the referral-to-contact times read on the contact log. */
class ContactFiguresTest {

    @Test
    void timesReadInDaysAndHoursAndAContactBeforeTheReferralIsNeverANegativeTime() {
        assertEquals("Not yet", ContactFigures.spoken(null));
        assertEquals("0 hours", ContactFigures.spoken(59L));
        assertEquals("1 hour", ContactFigures.spoken(60L));
        assertEquals("2 days 3 hours", ContactFigures.spoken(2 * 24 * 60 + 3 * 60L));
        assertEquals("1 day 1 hour", ContactFigures.spoken(25 * 60L));
        assertEquals("Before the referral", ContactFigures.spoken(-5 * 60L));
        assertEquals("Before the referral", ContactFigures.spoken(-1L));
    }

    @Test
    void aDeadlineAtMidnightReadsAsTheEndOfTheDayBefore() {
        assertEquals("the end of 3 Dec 2026", ContactFormats.dueBy(java.time.ZonedDateTime.of(2026, 12, 4, 0, 0, 0, 0, WorkingDays.LONDON).toInstant()));
        assertEquals("the end of 31 Mar 2026", ContactFormats.dueBy(java.time.ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, WorkingDays.LONDON).toInstant()));
        assertEquals("4 Dec 2026 17:30", ContactFormats.dueBy(java.time.ZonedDateTime.of(2026, 12, 4, 17, 30, 0, 0, WorkingDays.LONDON).toInstant()));
    }
}
