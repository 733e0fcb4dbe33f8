package org.roundtable.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aQuarterHoldsItsLastDayInLondonAndNotTheNextQuartersFirst() {
        ReportPeriod q3 = ReportPeriod.parse("quarter", "2026", "3", null, null, null, TODAY);
        assertEquals(LocalDate.of(2026, 7, 1), q3.from());
        assertEquals(LocalDate.of(2026, 9, 30), q3.to());
        // 30 September 23:30 in London (British Summer Time) is 22:30 UTC: still the third quarter
        assertTrue(Instant.parse("2026-09-30T22:30:00Z").isBefore(q3.endsBefore()));
        assertEquals(Instant.parse("2026-09-30T23:00:00Z"), q3.endsBefore());
        assertFalse(q3.contains(LocalDate.of(2026, 10, 1)));
        assertTrue(q3.contains(LocalDate.of(2026, 9, 30)));
        assertEquals("Q3 2026", q3.label());
    }

    @Test
    void withoutAPeriodTheQuarterHoldingTodayIsMeant() {
        ReportPeriod current = ReportPeriod.parse(null, null, null, null, null, null, TODAY);
        assertEquals(LocalDate.of(2026, 10, 1), current.from());
        assertEquals(LocalDate.of(2026, 12, 31), current.to());
    }

    @Test
    void monthsYearsAndCustomPeriods() {
        assertEquals(LocalDate.of(2026, 2, 28), ReportPeriod.parse("month", null, null, "2026-02", null, null, TODAY).to());
        assertEquals("2025", ReportPeriod.parse("year", "2025", null, null, null, null, TODAY).label());
        ReportPeriod custom = ReportPeriod.parse("custom", null, null, null, "2026-01-15", "2026-01-15", TODAY);
        assertEquals(custom.from(), custom.to());
    }

    @Test
    void badValuesAreFieldErrors() {
        assertEquals(List.of("year", "quarter"), fields(() -> ReportPeriod.parse("quarter", "20x6", "5", null, null, null, TODAY)));
        InvalidInputException backwards = assertThrows(InvalidInputException.class,
                () -> ReportPeriod.parse("custom", null, null, null, "2026-03-01", "2026-02-01", TODAY));
        assertEquals("The last day must be the same as or after the first day", backwards.errors().get(0).message());
        assertEquals(List.of("period"), fields(() -> ReportPeriod.parse("fortnight", null, null, null, null, null, TODAY)));
    }

    @Test
    void downloadsHideCountsFromOneToFourButKeepBlanksAndZeros() {
        assertEquals("", SmallCounts.forDownload(null));
        assertEquals("0", SmallCounts.forDownload(0L));
        assertEquals("<5", SmallCounts.forDownload(1L));
        assertEquals("<5", SmallCounts.forDownload(4L));
        assertEquals("5", SmallCounts.forDownload(5L));
        assertEquals("3", SmallCounts.exact(3L));
    }

    private static List<String> fields(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(InvalidInputException.class, call).errors().stream().map(FieldError::field).toList();
    }
}
