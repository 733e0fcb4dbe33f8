package org.roundtable.person;

import java.time.LocalDate;
import java.util.UUID;

/** One identity a person was recorded under, as the candidate search reads it back. */
record IdentityRow(UUID personId, String source, String firstName, String lastName, String firstNorm, String lastNorm,
        LocalDate dateOfBirth, String email, String phone, String postcode, String townNorm) {
}
