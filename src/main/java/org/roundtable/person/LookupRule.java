package org.roundtable.person;

import java.util.ArrayList;
import java.util.List;

/**
 * When a candidate lookup may look at all: a name and at least one more identifier. The name is the surname, or,
 * when the surname is not known, a first name of at least two letters; the other identifier is the first name,
 * date of birth, phone number or email. A phone number, a date of birth or an email on its own is a way to find out
 * who someone is, not to check whether they were recorded before, so it finds nobody. A first name stands in for an
 * unknown surname because alleged perpetrators are often known only as "Dave, born 1984": a first name with a date
 * of birth or an email narrows as much as a surname with it does, and a surname with the same identifier is already
 * allowed, so no new kind of search is opened. Intake, the API, bench/match-eval and MatchingMeasureTest all go
 * through {@link CandidateSearch}, which applies this rule.
 */
public final class LookupRule {

    public static final String FIELD = "lastName";

    public static final String MESSAGE = "Enter the surname, or the first name if the surname is not known, and at least one more "
            + "of first name, date of birth, phone number or email to look for earlier records: a phone number, date of birth "
            + "or email on its own finds nobody";

    /** A one-letter first name with a date of birth would be a search by date of birth. */
    private static final int SHORTEST_FIRST_NAME_IN_PLACE_OF_SURNAME = 2;

    private LookupRule() {
    }

    public static boolean allows(MatchQuery query) {
        boolean identifierBesideTheName = query.dateOfBirth() != null || query.emailNorm() != null || query.phoneNorm() != null;
        if (query.lastNorm() != null) {
            return query.firstNorm() != null || identifierBesideTheName;
        }
        String first = query.firstNorm();
        return first != null && first.replace(" ", "").length() >= SHORTEST_FIRST_NAME_IN_PLACE_OF_SURNAME && identifierBesideTheName;
    }

    /** The names of the fields the query gave (never their values), for the audit log. */
    public static List<String> fieldsGiven(MatchQuery query) {
        List<String> fields = new ArrayList<>();
        if (query.firstNorm() != null) {
            fields.add("firstName");
        }
        if (query.lastNorm() != null) {
            fields.add("lastName");
        }
        if (query.dateOfBirth() != null) {
            fields.add("dateOfBirth");
        }
        if (query.emailNorm() != null) {
            fields.add("email");
        }
        if (query.phoneNorm() != null) {
            fields.add("phone");
        }
        if (query.postcodeNorm() != null) {
            fields.add("postcode");
        }
        if (query.townNorm() != null) {
            fields.add("town");
        }
        return fields;
    }
}
