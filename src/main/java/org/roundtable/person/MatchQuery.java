package org.roundtable.person;

import java.time.LocalDate;

/** What is known of someone being entered, to look for earlier people who may be the same. */
public record MatchQuery(String firstName, String lastName, LocalDate dateOfBirth, String email, String phone, String postcode,
        String town) {

    public static MatchQuery of(PersonForm form) {
        return new MatchQuery(form.firstName(), form.lastName(), form.dateOfBirth(), form.safeEmail(), form.safePhone(),
                form.postcode(), form.town());
    }

    /** A person already recorded, as an entry to look for others who may be the same (their possible duplicates). */
    public static MatchQuery of(PersonView person) {
        return new MatchQuery(person.firstName(), person.lastName(), person.dateOfBirth(), person.safeEmail(), person.safePhone(),
                person.postcode(), person.town());
    }

    String firstNorm() {
        return Names.forMatching(firstName);
    }

    String lastNorm() {
        return Names.forMatching(lastName);
    }

    String emailNorm() {
        return Contacts.email(email);
    }

    String phoneNorm() {
        return Contacts.phone(phone);
    }

    String postcodeNorm() {
        return Contacts.postcode(postcode);
    }

    String townNorm() {
        return blankToNull(Names.normalise(town));
    }

    boolean isEmpty() {
        return firstNorm() == null && lastNorm() == null && dateOfBirth == null && emailNorm() == null && phoneNorm() == null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
