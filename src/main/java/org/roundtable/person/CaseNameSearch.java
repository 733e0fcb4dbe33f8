package org.roundtable.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.roundtable.web.FieldError;

/**
 * What Find a case needs before it searches by name: at least two letters of the last name (the first name and the
 * date of birth only narrow it). Fewer letters would list most people, and a reader could page through everyone.
 */
public final class CaseNameSearch {

    public static final int MIN_LAST_NAME_LETTERS = 2;

    /** People, not cases: one person may have several referrals. */
    static final int MAX_PEOPLE = 200;

    public static final String FIELD = "lastName";

    public static final String MESSAGE = "Enter at least " + MIN_LAST_NAME_LETTERS
            + " letters of the last name, or a reference number";

    private CaseNameSearch() {
    }

    /** True when the name search was asked for at all (a first name, last name or date of birth given). */
    public static boolean asked(String firstName, String lastName, LocalDate dateOfBirth) {
        return !Names.normalise(firstName).isEmpty() || !Names.normalise(lastName).isEmpty() || dateOfBirth != null;
    }

    /** The field errors of a name search: empty when it may run. */
    public static List<FieldError> problems(String lastName) {
        List<FieldError> errors = new ArrayList<>();
        if (Names.normalise(lastName).length() < MIN_LAST_NAME_LETTERS) {
            errors.add(new FieldError(FIELD, MESSAGE));
        }
        return errors;
    }
}
