package org.roundtable.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));

    @Test
    void firstContactIsDueAtTheEndOfTheNextWorkingDaySkippingWeekendsAndBankHolidays() {
        assertEquals(ZonedDateTime.of(2026, 12, 2, 0, 0, 0, 0, WorkingDays.LONDON).toInstant(),
                WorkingDays.firstContactDue(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, WorkingDays.LONDON).toInstant(), HOLIDAYS),
                "Monday's case is due by the end of Tuesday");
        assertEquals(ZonedDateTime.of(2026, 12, 22, 0, 0, 0, 0, WorkingDays.LONDON).toInstant(),
                WorkingDays.firstContactDue(ZonedDateTime.of(2026, 12, 18, 16, 0, 0, 0, WorkingDays.LONDON).toInstant(), HOLIDAYS),
                "Friday's case is due by the end of Monday");
        assertEquals(ZonedDateTime.of(2026, 12, 30, 0, 0, 0, 0, WorkingDays.LONDON).toInstant(),
                WorkingDays.firstContactDue(ZonedDateTime.of(2026, 12, 24, 11, 0, 0, 0, WorkingDays.LONDON).toInstant(), HOLIDAYS),
                "Christmas Eve's case skips Christmas, the weekend and the Boxing Day substitute: due by the end of Tuesday 29th");
    }
}
