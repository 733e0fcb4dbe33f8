package org.roundtable.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;

/** Candidates for the mistakes people make entering a person, and none for a namesake. */
@QuarkusTest
class CandidatesTest {

    @Inject
    PersonService people;

    @Inject
    CandidateSearch search;

    private static final LocalDate BORN = LocalDate.of(1990, 3, 7);

    private UUID recorded(String first, String last, String aliases, LocalDate dob, String postcode) {
        return people.create(new PersonForm(first, last, aliases, dob, null, null, null, null, null, null, null, false,
                postcode == null ? null : "4 Church Street", "Dunstable", postcode, null, null, null, null), "TEST", "");
    }

    private static String letters() {
        // Names of letters only, unique per test so that other tests' people stay out of the way.
        return Forms.unique("").replaceAll("[0-9]", "").toLowerCase();
    }

    private Candidate only(UUID expected, MatchQuery query) {
        List<Candidate> found = search.candidates(query);
        assertEquals(1, found.stream().filter(c -> c.personId().equals(expected)).count(), "candidates: " + found);
        return found.get(0);
    }

    @Test
    void aMisspeltSurnameFindsThePerson() {
        String tail = letters();
        UUID person = recorded("Sarah", "Whitmore" + tail, null, BORN, null);
        Candidate candidate = only(person, new MatchQuery("Sarah", "Witmore" + tail, BORN, null, null, null, null));
        assertTrue(candidate.reasons().contains("last name spelt nearly the same"), candidate.reasons().toString());
        assertTrue(candidate.reasons().contains("same date of birth"));
    }

    @Test
    void swappedFirstAndLastNamesFindThePerson() {
        String tail = letters();
        UUID person = recorded("Bethany", "Okonkwo" + tail, null, BORN, null);
        Candidate candidate = only(person, new MatchQuery("Okonkwo" + tail, "Bethany", BORN, null, null, null, null));
        assertTrue(candidate.reasons().contains("first and last names swapped"), candidate.reasons().toString());
    }

    @Test
    void aDateOfBirthWithDayAndMonthSwappedFindsThePerson() {
        String tail = letters();
        UUID person = recorded("Chloe", "Brennan" + tail, null, BORN, null);
        Candidate candidate = only(person, new MatchQuery("Chloe", "Brennan" + tail, LocalDate.of(1990, 7, 3), null, null, null, null));
        assertTrue(candidate.reasons().contains("date of birth with day and month swapped"), candidate.reasons().toString());
    }

    @Test
    void aKnownAliasFindsThePerson() {
        String tail = letters();
        UUID person = recorded("Danielle", "Fraser" + tail, "Dani Kowalski" + tail, BORN, null);
        Candidate candidate = only(person, new MatchQuery("Dani", "Kowalski" + tail, BORN, null, null, null, null));
        assertTrue(candidate.reasons().stream().anyMatch(r -> r.startsWith("a known alias")), candidate.reasons().toString());
    }

    @Test
    void anIdentityRecordedOnALinkedReferralIsComparedToo() {
        String tail = letters();
        UUID person = recorded("Hannah", "Lowry" + tail, null, BORN, null);
        people.addIdentity(person, PersonForm.named("Hannah", "Mcallister" + tail, BORN, null), "referral");
        Candidate candidate = only(person, new MatchQuery("Hannah", "Mcalister" + tail, BORN, null, null, null, null));
        assertEquals("Hannah Mcallister" + tail, candidate.name());
    }

    @Test
    void aMissingFirstNameWithTheSameDateOfBirthAndAddressFindsThePerson() {
        String tail = letters();
        UUID person = recorded("Imogen", "Reyes" + tail, null, BORN, "LU6 1AB");
        Candidate candidate = only(person, new MatchQuery(null, "Reyes" + tail, BORN, null, null, "lu6 1ab", "Dunstable"));
        assertTrue(candidate.reasons().contains("same postcode"), candidate.reasons().toString());
    }

    @Test
    void aNamesakeWithACommonNameAndAnotherDateOfBirthIsNotACandidate() {
        UUID namesake = recorded("John", "Smith", null, LocalDate.of(1971, 11, 2), null);
        List<Candidate> found = search.candidates(new MatchQuery("John", "Smith", LocalDate.of(1984, 6, 19), null, null, null, null));
        assertTrue(found.stream().noneMatch(c -> c.personId().equals(namesake)), "candidates: " + found);
        assertTrue(search.candidates(new MatchQuery("John", "Smith", LocalDate.of(1971, 11, 2), null, null, null, null)).stream()
                .anyMatch(c -> c.personId().equals(namesake)), "the same John Smith is still found");
    }

    @Test
    void atMostFiveCandidatesBestFirst() {
        String tail = letters();
        for (int i = 0; i < 7; i++) {
            recorded("Grace", "Adeyemi" + tail, null, BORN, null);
        }
        recorded("Grace", "Adeyemi" + tail, null, LocalDate.of(1990, 3, 8), null);
        List<Candidate> found = search.candidates(new MatchQuery("Grace", "Adeyemi" + tail, BORN, null, null, null, null));
        assertEquals(5, found.size());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).weight() >= found.get(i).weight());
        }
        assertTrue(found.stream().allMatch(c -> c.dateOfBirth().equals(BORN)), "exact dates of birth outrank a near one");
    }
}
