package org.roundtable.person;

import java.util.ArrayList;
import java.util.List;

/**
 * When a candidate lookup may look at all: a surname and at least one more identifier (first name, date of birth,
 * phone number or email). A phone number, a date of birth or an email on its own is a way to find out who someone is,
 * not to check whether they were recorded before, so it finds nobody. Intake, the API, bench/match-eval and
 * MatchingMeasureTest all go through {@link CandidateSearch}, which applies this rule.
 */
public final class LookupRule {

    public static final String FIELD = "lastName";

    public static final String MESSAGE = "Enter the surname and at least one more of first name, date of birth, phone number "
            + "or email to look for earlier records: a phone number, date of birth or email on its own finds nobody";

    private LookupRule() {
    }

    public static boolean allows(MatchQuery query) {
        return query.lastNorm() != null
                && (query.firstNorm() != null || query.dateOfBirth() != null || query.emailNorm() != null || query.phoneNorm() != null);
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
