package org.roundtable.contact;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and durations on the advocates' pages. */
@TemplateExtension
class ContactFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    static String ukDate(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /**
     * A deadline as people say it: one at midnight is "the end of" the day before ("the end of 3 Dec 2026", not
     * "4 Dec 2026 00:00", which reads as a day later than it is).
     */
    static String dueBy(java.time.Instant due) {
        if (due == null) {
            return "";
        }
        java.time.ZonedDateTime london = due.atZone(WorkingDays.LONDON);
        return london.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? "the end of " + DAY.format(london.toLocalDate().minusDays(1))
                : org.roundtable.web.Formats.london(due);
    }
}
