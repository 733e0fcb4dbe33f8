package org.roundtable.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An earlier person who may be the one being entered, best identity first, with the reasons to check. */
public record Candidate(UUID personId, String name, LocalDate dateOfBirth, double weight, double probability, List<String> reasons) {
}
