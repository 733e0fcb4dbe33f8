package org.roundtable.person;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.roundtable.web.EmailAddress;
import org.roundtable.web.Limits;
import org.roundtable.web.PlausibleDateOfBirth;

/** A person's details as a referrer enters them. */
public record PersonForm(
        @NotBlank(message = "Enter the first name") @Size(max = TEXT_MAX, message = "First name must be {max} characters or fewer") String firstName,
        @NotBlank(message = "Enter the last name") @Size(max = TEXT_MAX, message = "Last name must be {max} characters or fewer") String lastName,
        @Size(max = Limits.LONG_TEXT, message = "Aliases must be {max} characters or fewer") String aliases,
        @PlausibleDateOfBirth LocalDate dateOfBirth,
        @Min(value = 0, message = "Age must be 0 or more") @Max(value = 120, message = "Age must be 120 or less") Integer approximateAge,
        @Size(max = SEX_MAX, message = "Sex must be {max} characters or fewer") String sex,
        @Size(max = TEXT_MAX, message = "Gender identity must be {max} characters or fewer") String genderIdentity,
        @Size(max = TEXT_MAX, message = "Ethnicity must be {max} characters or fewer") String ethnicity,
        @Size(max = DISABILITY_MAX, message = "Disability must be {max} characters or fewer") String disability,
        @Size(max = TEXT_MAX, message = "Sexual orientation must be {max} characters or fewer") String sexualOrientation,
        @Size(max = TEXT_MAX, message = "First language must be {max} characters or fewer") String firstLanguage,
        boolean interpreterNeeded,
        @Size(max = Limits.REASON, message = "Address must be {max} characters or fewer") String address,
        @Size(max = TEXT_MAX, message = "Town must be {max} characters or fewer") String town,
        @Size(max = POSTCODE_MAX, message = "Enter a real postcode") String postcode,
        @Size(max = PHONE_MAX, message = "Phone number must be {max} characters or fewer")
        @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String safePhone,
        @EmailAddress
        @Size(max = Limits.EMAIL, message = "Email address must be {max} characters or fewer") String safeEmail,
        @Size(max = Limits.REASON, message = "Safe contact notes must be {max} characters or fewer") String safeContactNotes,
        Boolean safeToLeaveMessage) {

    /** Longest values the person tables hold (V4): names, aliases, descriptions, towns and relationships share one. */
    public static final int TEXT_MAX = Limits.NAME;
    public static final int SEX_MAX = Limits.SEX;
    public static final int DISABILITY_MAX = Limits.DISABILITY;
    public static final int POSTCODE_MAX = Limits.POSTCODE;
    public static final int PHONE_MAX = Limits.PHONE;

    /** A UK or international phone number as people write it: at least 6 digits, with spaces, +, - and brackets. */
    public static final String PHONE = "^\\s*$|^(?=(?:\\D*\\d){6})[0-9 +()\\-]+$";
    public static final String PHONE_MESSAGE = "Enter a phone number, like 01632 960 001 or 07700 900 982";

    /** Just a name, for a child or an alleged perpetrator known only by name and age. */
    public static PersonForm named(String firstName, String lastName, LocalDate dateOfBirth, Integer approximateAge) {
        return new PersonForm(firstName, lastName, null, dateOfBirth, approximateAge, null, null, null, null, null, null, false,
                null, null, null, null, null, null, null);
    }
}
