package org.roundtable.contact;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;
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

    /** "2 days 3 hours", "5 hours", or "Not yet". */
    static String spoken(Duration duration) {
        if (duration == null) {
            return "Not yet";
        }
        long days = duration.toDays();
        long hours = duration.minusDays(days).toHours();
        return days > 0 ? days + (days == 1 ? " day " : " days ") + hours + (hours == 1 ? " hour" : " hours")
                : hours + (hours == 1 ? " hour" : " hours");
    }
}
