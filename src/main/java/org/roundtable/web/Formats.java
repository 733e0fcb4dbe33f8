package org.roundtable.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK pages show them, in Europe/London. */
@TemplateExtension
public class Formats {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(LONDON);

    public static String london(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    static String roleLabel(String role) {
        return org.roundtable.user.Role.label(role);
    }
}
