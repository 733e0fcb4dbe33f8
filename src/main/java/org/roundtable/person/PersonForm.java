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
        @NotBlank(message = "Enter the first name") @Size(max = TEXT_MAX, message = "First name must be {max} characters or fewer") String firstName,
        @NotBlank(message = "Enter the last name") @Size(max = TEXT_MAX, message = "Last name must be {max} characters or fewer") String lastName,
        String aliases,
        LocalDate dateOfBirth,
        @Min(value = 0, message = "Age must be 0 or more") @Max(value = 120, message = "Age must be 120 or less") Integer approximateAge,
        @Size(max = SEX_MAX, message = "Sex must be {max} characters or fewer") String sex,
        @Size(max = TEXT_MAX, message = "Gender identity must be {max} characters or fewer") String genderIdentity,
        @Size(max = TEXT_MAX, message = "Ethnicity must be {max} characters or fewer") String ethnicity,
        @Size(max = DISABILITY_MAX, message = "Disability must be {max} characters or fewer") String disability,
        @Size(max = TEXT_MAX, message = "Sexual orientation must be {max} characters or fewer") String sexualOrientation,
        @Size(max = TEXT_MAX, message = "First language must be {max} characters or fewer") String firstLanguage,
        boolean interpreterNeeded,
        String address,
        @Size(max = TEXT_MAX, message = "Town must be {max} characters or fewer") String town,
        @Size(max = POSTCODE_MAX, message = "Enter a real postcode") String postcode,
        @Size(max = PHONE_MAX, message = "Phone number must be {max} characters or fewer")
        @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String safePhone,
        @Email(message = "Enter an email address like name@example.com") String safeEmail,
        String safeContactNotes) {

    /** Longest values the person tables hold (V4): names, aliases, descriptions, towns and relationships share one. */
    public static final int TEXT_MAX = 120;
    public static final int SEX_MAX = 40;
    public static final int DISABILITY_MAX = 200;
    public static final int POSTCODE_MAX = 12;
    public static final int PHONE_MAX = 40;

    /** A UK or international phone number as people write it: at least 6 digits, with spaces, +, - and brackets. */
    public static final String PHONE = "^\\s*$|^(?=(?:\\D*\\d){6})[0-9 +()\\-]+$";
    public static final String PHONE_MESSAGE = "Enter a phone number, like 01632 960 001 or 07700 900 982";

    /** Just a name, for a child or an alleged perpetrator known only by name and age. */
    public static PersonForm named(String firstName, String lastName, LocalDate dateOfBirth, Integer approximateAge) {
        return new PersonForm(firstName, lastName, null, dateOfBirth, approximateAge, null, null, null, null, null, null, false,
                null, null, null, null, null, null);
    }
}
