package org.roundtable.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A person's details as a referrer enters them. */
public record PersonForm(
        @NotBlank(message = "Enter the first name") @Size(max = 120, message = "First name must be 120 characters or fewer") String firstName,
        @NotBlank(message = "Enter the last name") @Size(max = 120, message = "Last name must be 120 characters or fewer") String lastName,
        String aliases,
        LocalDate dateOfBirth,
        @Min(value = 0, message = "Age must be 0 or more") @Max(value = 120, message = "Age must be 120 or less") Integer approximateAge,
        @Size(max = 40, message = "Sex must be 40 characters or fewer") String sex,
        @Size(max = 120, message = "Gender identity must be 120 characters or fewer") String genderIdentity,
        @Size(max = 120, message = "Ethnicity must be 120 characters or fewer") String ethnicity,
        @Size(max = 200, message = "Disability must be 200 characters or fewer") String disability,
        @Size(max = 120, message = "Sexual orientation must be 120 characters or fewer") String sexualOrientation,
        @Size(max = 120, message = "First language must be 120 characters or fewer") String firstLanguage,
        boolean interpreterNeeded,
        String address,
        @Size(max = 120, message = "Town must be 120 characters or fewer") String town,
        @Size(max = 12, message = "Enter a real postcode") String postcode,
        @Size(max = 40, message = "Phone number must be 40 characters or fewer")
        @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String safePhone,
        @Email(message = "Enter an email address like name@example.com") String safeEmail,
        String safeContactNotes) {

    /** A UK or international phone number as people write it: at least 6 digits, with spaces, +, - and brackets. */
    public static final String PHONE = "^\\s*$|^(?=(?:\\D*\\d){6})[0-9 +()\\-]+$";
    public static final String PHONE_MESSAGE = "Enter a phone number, like 01632 960 001 or 07700 900 982";

    /** Just a name, for a child or an alleged perpetrator known only by name and age. */
    public static PersonForm named(String firstName, String lastName, LocalDate dateOfBirth, Integer approximateAge) {
        return new PersonForm(firstName, lastName, null, dateOfBirth, approximateAge, null, null, null, null, null, null, false,
                null, null, null, null, null, null);
    }
}
