package org.roundtable.referral;

import java.time.LocalDate;
import java.util.Optional;

/** The one rule for the incident's date, on the section page, through the API and at submit: optional, not ahead of today. */
final class IncidentDates {

    /** Earlier than any case Roundtable could be told of now, and a guard against a mistyped year. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private IncidentDates() {
    }

    static Optional<String> problem(LocalDate incidentOn, LocalDate today) {
        if (incidentOn == null) {
            return Optional.empty();
        }
        if (incidentOn.isAfter(today)) {
            return Optional.of("The date of the incident must be today or in the past");
        }
        if (incidentOn.isBefore(EARLIEST)) {
            return Optional.of("The date of the incident must be in 2000 or later");
        }
        return Optional.empty();
    }
}
