package org.roundtable.agency;

import org.roundtable.web.EmailAddress;
import org.roundtable.web.Limits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator sends to create or change an agency (page form or API body). */
public record AgencyForm(
        @NotBlank(message = "Enter the agency's name")
        @Size(max = Limits.AGENCY_NAME, message = "Name must be {max} characters or fewer")
        String name,
        @NotBlank(message = "Enter a short code")
        @Pattern(regexp = "^[A-Za-z0-9-]{2,16}$", message = "Short code must be 2 to 16 letters, numbers or hyphens")
        String shortCode,
        @NotNull(message = "Select the type of agency")
        AgencyType type,
        boolean active,
        @EmailAddress(subject = "Contact email", example = "marac@agency.gov.uk")
        @Size(max = Limits.EMAIL, message = "Contact email must be {max} characters or fewer")
        String contactEmail,
        SafeLivesSource safeLivesSource) {

    public AgencyForm {
        // Spaces around a pasted address are not an error worth a message; an empty field means no mailbox.
        contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.trim();
        safeLivesSource = safeLivesSource == null && type != null ? SafeLivesSource.usualFor(type) : safeLivesSource;
    }

    /** An agency without a shared conference mailbox. */
    public AgencyForm(String name, String shortCode, AgencyType type, boolean active) {
        this(name, shortCode, type, active, null);
    }

    /** An agency whose SafeLives source is the usual one for its type. */
    public AgencyForm(String name, String shortCode, AgencyType type, boolean active, String contactEmail) {
        this(name, shortCode, type, active, contactEmail, null);
    }

    /** The form as an administrator would read it back, for the audit line. */
    String describe() {
        return "name=" + name + "; shortCode=" + shortCode + "; type=" + type + "; active=" + active + "; contactEmail=" + contactEmail
                + "; safeLivesSource=" + safeLivesSource;
    }
}
