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
}
