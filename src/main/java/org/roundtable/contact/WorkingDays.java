package org.roundtable.contact;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** Working days in England and Wales: not Saturday or Sunday, and not a bank holiday. Days are Europe/London days. */
final class WorkingDays {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> bankHolidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    static LocalDate nextWorkingDay(LocalDate after, Set<LocalDate> bankHolidays) {
        LocalDate day = after.plusDays(1);
        while (!isWorkingDay(day, bankHolidays)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The moment first contact becomes overdue: the end (London midnight) of the next working day after allocation. */
    static Instant firstContactDue(Instant allocatedAt, Set<LocalDate> bankHolidays) {
        LocalDate allocatedOn = allocatedAt.atZone(LONDON).toLocalDate();
        return nextWorkingDay(allocatedOn, bankHolidays).plusDays(1).atStartOfDay(LONDON).toInstant();
    }
}
