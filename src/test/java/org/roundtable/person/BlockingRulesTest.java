package org.roundtable.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;

/** Each blocking rule added for messy data lets through a true match that no other rule does. */
@QuarkusTest
class BlockingRulesTest {

    @Inject
    PersonService people;

    @Inject
    PersonIdentities identities;

    private static final LocalDate BORN = LocalDate.of(1984, 5, 9);

    private static String letters() {
        return Forms.unique("").replaceAll("[0-9]", "").toLowerCase();
    }

    @Test
    @Transactional
    void noFirstNameAndADateOfBirthTypedTenYearsOutIsFoundByTheSurnameSound() {
        String surname = "Fenwick" + letters();
        UUID person = people.create(PersonForm.named("Marguerite", surname, BORN, null), "TEST", "");
        MatchQuery entry = new MatchQuery(null, surname, LocalDate.of(1994, 5, 9), null, null, null, null);

        assertEquals(List.of("surname sound, date of birth one slip"), identities.rulesLettingThrough(entry, person));
        assertTrue(identities.block(entry).stream().anyMatch(row -> row.personId().equals(person)));
    }

    @Test
    @Transactional
    void aChangedSurnameAndTheYearOffByOneIsFoundByTheFirstNameSound() {
        String tail = letters();
        UUID person = people.create(PersonForm.named("Marguerite", "Fenwick" + tail, BORN, null), "TEST", "");
        MatchQuery entry = new MatchQuery("Marguerite", "Oyelaran" + tail, LocalDate.of(1985, 5, 9), null, null, null, null);

        assertEquals(List.of("first-name sound, date of birth one slip"), identities.rulesLettingThrough(entry, person));
        assertTrue(identities.block(entry).stream().anyMatch(row -> row.personId().equals(person)));
    }

    @Test
    @Transactional
    void aFirstNameWithoutASoundStillFindsThePersonByTheSurnameSound() {
        String surname = "Fenwick" + letters();
        UUID person = people.create(PersonForm.named("Marguerite", surname, BORN, null), "TEST", "");
        MatchQuery entry = new MatchQuery("H", surname, LocalDate.of(1994, 5, 9), null, null, null, null); // dmetaphone('h') is ''

        assertEquals(List.of("surname sound, date of birth one slip"), identities.rulesLettingThrough(entry, person));
    }

    @Test
    @Transactional
    void aTypoThatChangesTheFirstNameSoundIsFoundBySimilarFullNameWhenNoDateOfBirthWasRecorded() {
        String surname = "Fenwick" + letters();
        UUID person = people.create(PersonForm.named("Marguerite", surname, null, null), "TEST", "");
        MatchQuery entry = new MatchQuery("Narguerite", surname, BORN, null, null, null, null);

        assertEquals(List.of("one name sound and a similar full name, no date of birth recorded"),
                identities.rulesLettingThrough(entry, person));
        assertTrue(identities.block(entry).stream().anyMatch(row -> row.personId().equals(person)));
    }

    @Test
    @Transactional
    void anEmailWithAMistypedDomainIsFoundByItsPartBeforeTheAt() {
        String tail = letters();
        UUID person = people.create(new PersonForm("Marguerite", "Fenwick" + tail, null, BORN, null, null, null, null, null, null, null,
                false, null, null, null, null, "mfen" + tail + "@example.org", null, null), "TEST", "");
        MatchQuery entry = new MatchQuery(null, "Oyelaran" + tail, null, "mfen" + tail + "@exmaple.org", null, null, null);

        assertEquals(List.of("same email before the @"), identities.rulesLettingThrough(entry, person));
        assertTrue(identities.block(entry).stream().anyMatch(row -> row.personId().equals(person)));
    }

    @Test
    @Transactional
    void aDateOfBirthMonthsOutAndAFirstNameChangedInSoundAreFoundBySurnameSoundTownAndYear() {
        String surname = "Fenwick" + letters();
        UUID person = people.create(new PersonForm("Marguerite", surname, null, BORN, null, null, null, null, null, null, null,
                false, null, "Market Harborough", null, null, null, null, null), "TEST", "");
        MatchQuery entry = new MatchQuery("Daisy", surname, LocalDate.of(1984, 11, 21), null, null, null, "market harborough");
        MatchQuery elsewhere = new MatchQuery("Daisy", surname, LocalDate.of(1984, 11, 21), null, null, null, "Leicester");

        assertEquals(List.of("surname sound, town and birth year"), identities.rulesLettingThrough(entry, person));
        assertTrue(identities.block(entry).stream().anyMatch(row -> row.personId().equals(person)));
        assertEquals(List.of(), identities.rulesLettingThrough(elsewhere, person));
    }

    @Test
    @Transactional
    void noSurnameAndADateOfBirthMonthsOutAreFoundByFirstNameSoundTownAndYear() {
        String tail = letters();
        UUID person = people.create(new PersonForm("Marguerite" + tail, "Fenwick" + tail, null, BORN, null, null, null, null, null, null,
                null, false, null, "Market Harborough", null, null, null, null, null), "TEST", "");
        MatchQuery entry = new MatchQuery("Marguerite" + tail, null, LocalDate.of(1984, 11, 21), null, null, null, "Market Harborough");

        assertEquals(List.of("first-name sound, town and birth year, surname not known"), identities.rulesLettingThrough(entry, person));
        assertTrue(identities.block(entry).stream().anyMatch(row -> row.personId().equals(person)));
        // With a surname given, its own branches do the work: a common first name in a big town would block too many.
        MatchQuery otherSurname = new MatchQuery("Marguerite" + tail, "Oyelaran" + tail, LocalDate.of(1984, 11, 21), null, null, null,
                "Market Harborough");
        assertEquals(List.of(), identities.rulesLettingThrough(otherSurname, person));
        assertTrue(identities.block(otherSurname).stream().noneMatch(row -> row.personId().equals(person)));
    }

    @Test
    void anEmailBeforeTheAtIsOnlyUsedWhenItHasThreeLettersOrMore() {
        assertEquals("mfen", Contacts.emailLocalPart("mfen@example.org"));
        assertEquals(null, Contacts.emailLocalPart("jo@example.org"));
        assertEquals(null, Contacts.emailLocalPart(null));
    }

    @Test
    void theSlipsOfADateAreOneDigitOrOneYearAwayAndNeverTheDateItself() {
        List<LocalDate> slips = DateSlips.of(BORN);
        assertTrue(slips.containsAll(List.of(LocalDate.of(1994, 5, 9), LocalDate.of(1985, 5, 9), LocalDate.of(1983, 5, 9),
                LocalDate.of(1984, 5, 19), LocalDate.of(1984, 8, 9))), slips.toString());
        assertTrue(!slips.contains(BORN) && !slips.contains(LocalDate.of(1984, 9, 5)), slips.toString());
        // Counted by hand: the first two year digits give only years before 1900 or after 2100; 19x4 and 198x give 9 each;
        // the month 05 gives 01-09 but 00 (8); the day 09 gives 19 and 29 (2) and 01-08 (8); 1983 and 1985 are among them.
        assertEquals(9 + 9 + 8 + 2 + 8, slips.size(), slips.toString());
    }
}
