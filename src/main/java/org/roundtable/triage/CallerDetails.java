package org.roundtable.triage;

import java.time.LocalDate;

/** Who is calling, as the call handler types it. The date of birth is what lets earlier calls be found. */
public record CallerDetails(String firstName, String lastName, LocalDate dateOfBirth, String phone) {
}
