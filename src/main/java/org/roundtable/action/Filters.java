package org.roundtable.action;

import java.util.Locale;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.web.InvalidInputException;

/** Reads the inbox filters from a query string; a wrong value is a field error, not a 404. */
final class Filters {

    private Filters() {
    }

    static ActionService.Filter parse(String kind, String meeting, String due) {
        return new ActionService.Filter(kind(kind), meeting(meeting), due(due));
    }

    static ConferenceKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ConferenceKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "Choose MARAC, ASBRAC or SARAC");
        }
    }

    private static UUID meeting(String meeting) {
        if (meeting == null || meeting.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(meeting.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("meeting", "Choose a meeting from the list");
        }
    }

    private static String due(String due) {
        if (due == null || due.isBlank()) {
            return null;
        }
        String value = due.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("week") && !value.equals("overdue")) {
            throw new InvalidInputException("due", "Choose due this week or overdue");
        }
        return value;
    }
}
