package org.roundtable.person;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A person as one reader may see them. Address and safe contact details are left out (null) for readers the
 * access rules do not allow; they see the town and postcode district instead.
 */
public record PersonView(UUID id, String firstName, String lastName, String aliases, LocalDate dateOfBirth, Integer age,
        String sex, String genderIdentity, String ethnicity, String disability, String sexualOrientation, String firstLanguage,
        boolean interpreterNeeded, String address, String town, String postcode, String safePhone, String safeEmail,
        String safeContactNotes, boolean contactDetailsWithheld, long version, Boolean safeToLeaveMessage) {

    static PersonView of(Person p, boolean withContactDetails) {
        Integer age = p.dateOfBirth == null ? p.approximateAge
                : Integer.valueOf(Period.between(p.dateOfBirth, LocalDate.now(ZoneId.of("Europe/London"))).getYears());
        return new PersonView(p.id, p.firstName, p.lastName, p.aliases, p.dateOfBirth, age, p.sex, p.genderIdentity, p.ethnicity,
                p.disability, p.sexualOrientation, p.firstLanguage, p.interpreterNeeded,
                withContactDetails ? p.address : null, p.town,
                withContactDetails ? p.postcode : postcodeDistrict(p.postcode),
                withContactDetails ? p.safePhone : null, withContactDetails ? p.safeEmail : null,
                withContactDetails ? p.safeContactNotes : null, !withContactDetails, p.version,
                withContactDetails ? p.safeToLeaveMessage : null);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The answer to "is it safe to leave the victim a message?", as every page shows it. */
    public String safeToLeaveMessageLabel() {
        return safeToLeaveMessage == null ? "Not known" : safeToLeaveMessage ? "Yes" : "No";
    }

    static String postcodeDistrict(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.trim().toUpperCase();
        int space = compact.indexOf(' ');
        return space > 0 ? compact.substring(0, space) : compact.length() > 3 ? compact.substring(0, compact.length() - 3) : compact;
    }
}
