package org.roundtable.conference;

import org.roundtable.web.Limits;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.roundtable.agency.ConferenceKind;

/**
 * A meeting a coordinator sets up. With a rhythm, the same meeting is also set up that many times more,
 * fortnightly or on the same weekday of each following month.
 */
public record MeetingForm(ConferenceKind kind, LocalDate date, LocalTime time,
        @Size(max = Limits.VENUE, message = "Venue must be {max} characters or fewer") String venue,
        @Size(max = Limits.LINK, message = "Video link must be {max} characters or fewer") String videoLink,
        @Size(max = Limits.PERSON_LABEL, message = "Chair must be {max} characters or fewer") String chairSubject,
        Rhythm rhythm, Integer repeats) {

    public enum Rhythm {
        ONCE("Once"), FORTNIGHTLY("Every two weeks"), MONTHLY("Every month");

        private final String label;

        Rhythm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
