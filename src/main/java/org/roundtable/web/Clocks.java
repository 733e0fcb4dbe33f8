package org.roundtable.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock that decides "today" (due dates, overdue, reminders). One bean so that tests can set the day
 * (QuarkusMock) instead of waiting for it.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(LONDON);
    }

    /** Today in London, by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
