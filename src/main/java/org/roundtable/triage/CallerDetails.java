package org.roundtable.triage;

import org.roundtable.web.Limits;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who is calling, as the call handler types it. The date of birth is what lets earlier calls be found. */
public record CallerDetails(
        @Size(max = Limits.NAME, message = "First name must be {max} characters or fewer") String firstName,
        @Size(max = Limits.NAME, message = "Last name must be {max} characters or fewer") String lastName,
        LocalDate dateOfBirth,
        @Size(max = Limits.PHONE, message = "Phone number must be {max} characters or fewer") String phone) {
}
