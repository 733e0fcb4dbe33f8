package org.roundtable.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.roundtable.audit.AuditService;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;

/**
 * Person records. Reading a person's record is written to the audit log by the caller that decided the reader
 * may see it (the referral access policy); creating and changing one is audited here.
 */
@ApplicationScoped
public class PersonService {

    static final String ENTITY = "person";

    @Inject
    PersonRepository repository;

    @Inject
    Validator validator;

    @Inject
    AuditService audit;

    @Inject
    PersonIdentities identities;

    @Transactional
    public UUID create(PersonForm form, String agencyCode, String fieldPrefix) {
        validate(form, fieldPrefix);
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.createdAt = Instant.now();
        person.createdByAgency = agencyCode;
        apply(form, person);
        repository.persist(person);
        repository.flush();
        recordAddress(person);
        recordIdentities(person.id, form, "record");
        audit.record("person.create", ENTITY, person.id.toString(), null);
        return person.id;
    }

    /**
     * Keeps what a linked record said about an existing person (names, aliases, date of birth, contact, address) as
     * another identity of theirs, so later lookups find them under it too, and brings the record up to date with it:
     * the newest address (the one before stays in the address history) and safe contact details replace the old
     * (which stay among the identities), and details the record lacked are filled in. Names and date of birth stay:
     * a different spelling is an identity, not a correction. Nothing typed blank erases what is known.
     */
    @Transactional
    public void addIdentity(UUID personId, PersonForm form, String source) {
        Person person = load(personId);
        recordIdentities(personId, form, source);
        audit.record("person.identity", ENTITY, personId.toString(), source);
        if (bringUpToDate(person, form)) {
            audit.record("person.update", ENTITY, personId.toString(), "from a linked " + source);
        }
    }

    private boolean bringUpToDate(Person person, PersonForm form) {
        boolean changed = false;
        String address = blankToNull(form.address());
        String postcode = normalisePostcode(form.postcode());
        if ((address != null || postcode != null)
                && (!Objects.equals(person.address, address) || !Objects.equals(person.postcode, postcode))) {
            person.address = address;
            person.town = blankToNull(form.town());
            person.postcode = postcode;
            recordAddress(person);
            changed = true;
        }
        if (blankToNull(form.safePhone()) != null && !form.safePhone().trim().equals(person.safePhone)) {
            person.safePhone = form.safePhone().trim();
            changed = true;
        }
        if (blankToNull(form.safeEmail()) != null && !form.safeEmail().trim().equals(person.safeEmail)) {
            person.safeEmail = form.safeEmail().trim();
            changed = true;
        }
        if (form.safeToLeaveMessage() != null && !form.safeToLeaveMessage().equals(person.safeToLeaveMessage)) {
            person.safeToLeaveMessage = form.safeToLeaveMessage();
            changed = true;
        }
        List<Object> before = descriptives(person);
        person.sex = firstKnown(person.sex, form.sex());
        person.genderIdentity = firstKnown(person.genderIdentity, form.genderIdentity());
        person.ethnicity = firstKnown(person.ethnicity, form.ethnicity());
        person.disability = firstKnown(person.disability, form.disability());
        person.sexualOrientation = firstKnown(person.sexualOrientation, form.sexualOrientation());
        person.firstLanguage = firstKnown(person.firstLanguage, form.firstLanguage());
        person.safeContactNotes = firstKnown(person.safeContactNotes, form.safeContactNotes());
        person.interpreterNeeded = person.interpreterNeeded || form.interpreterNeeded();
        return changed || !before.equals(descriptives(person));
    }

    private static List<Object> descriptives(Person p) {
        return java.util.Arrays.asList(p.sex, p.genderIdentity, p.ethnicity, p.disability, p.sexualOrientation, p.firstLanguage,
                p.safeContactNotes, p.interpreterNeeded);
    }

    private static String firstKnown(String known, String typed) {
        return known != null ? known : blankToNull(typed);
    }

    private void recordIdentities(UUID personId, PersonForm form, String source) {
        identities.record(personId, source, form.firstName(), form.lastName(), form.dateOfBirth(), form.safeEmail(), form.safePhone(),
                form.postcode(), form.town());
        for (String alias : aliases(form.aliases())) {
            String[] parts = alias.trim().split("\\s+");
            String first = parts.length > 1 ? String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)) : null;
            String last = parts[parts.length - 1];
            identities.record(personId, "alias", first, last, form.dateOfBirth(), null, null, null, null);
        }
    }

    private static List<String> aliases(String aliases) {
        return aliases == null || aliases.isBlank() ? List.of()
                : java.util.Arrays.stream(aliases.split("[,;\\n]")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    @Transactional
    public void update(UUID id, PersonForm form, String fieldPrefix) {
        validate(form, fieldPrefix);
        Person person = load(id);
        boolean moved = !Objects.equals(person.address, blankToNull(form.address()))
                || !Objects.equals(person.postcode, normalisePostcode(form.postcode()));
        apply(form, person);
        if (moved) {
            recordAddress(person);
        }
        audit.record("person.update", ENTITY, id.toString(), null);
    }

    @Transactional
    public PersonView view(UUID id, boolean withContactDetails) {
        return PersonView.of(load(id), withContactDetails);
    }

    /** People with the same name (ignoring case, spaces, accents and punctuation) and the same date of birth. */
    @Transactional
    public List<UUID> exactMatches(String firstName, String lastName, LocalDate dateOfBirth) {
        if (dateOfBirth == null || Names.normalise(firstName).isEmpty() || Names.normalise(lastName).isEmpty()) {
            return List.of();
        }
        return repository.exactMatches(Names.matchKey(firstName, lastName), dateOfBirth).stream().map(p -> p.id).toList();
    }

    /**
     * People found by name (Find a case): any name they were recorded under whose last name starts with the letters
     * given ({@link CaseNameSearch#MIN_LAST_NAME_LETTERS} at least), and whose first name starts with the first name
     * given, if any, born on the date given, if any. At most {@link CaseNameSearch#MAX_PEOPLE}, so a short surname
     * does not list the whole database.
     */
    @Transactional
    public List<UUID> namedLike(String firstName, String lastName, LocalDate dateOfBirth) {
        return identities.namedLike(Names.normalise(firstName), Names.normalise(lastName), dateOfBirth, CaseNameSearch.MAX_PEOPLE);
    }

    public void validate(PersonForm form, String fieldPrefix) {
        List<FieldError> errors = validator.validate(form).stream()
                .map(v -> new FieldError(fieldPrefix + v.getPropertyPath(), v.getMessage())).toList();
        if (aliases(form.aliases()).stream().anyMatch(a -> a.length() > PersonForm.TEXT_MAX)) {
            errors = new java.util.ArrayList<>(errors);
            errors.add(new FieldError(fieldPrefix + "aliases", "Each alias must be " + PersonForm.TEXT_MAX + " characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void recordAddress(Person person) {
        if (person.address == null && person.postcode == null) {
            return;
        }
        repository.getEntityManager().createNativeQuery(
                "insert into person_address (person_id, address, town, postcode, recorded_at) values (?1, ?2, ?3, ?4, now())")
                .setParameter(1, person.id).setParameter(2, person.address == null ? "" : person.address)
                .setParameter(3, person.town).setParameter(4, person.postcode).executeUpdate();
    }

    private static void apply(PersonForm form, Person person) {
        person.firstName = form.firstName().trim();
        person.lastName = form.lastName().trim();
        person.matchName = Names.matchKey(form.firstName(), form.lastName());
        person.aliases = blankToNull(form.aliases());
        person.dateOfBirth = form.dateOfBirth();
        person.approximateAge = form.approximateAge();
        person.sex = blankToNull(form.sex());
        person.genderIdentity = blankToNull(form.genderIdentity());
        person.ethnicity = blankToNull(form.ethnicity());
        person.disability = blankToNull(form.disability());
        person.sexualOrientation = blankToNull(form.sexualOrientation());
        person.firstLanguage = blankToNull(form.firstLanguage());
        person.interpreterNeeded = form.interpreterNeeded();
        person.address = blankToNull(form.address());
        person.town = blankToNull(form.town());
        person.postcode = normalisePostcode(form.postcode());
        person.safePhone = blankToNull(form.safePhone());
        person.safeEmail = blankToNull(form.safeEmail());
        person.safeContactNotes = blankToNull(form.safeContactNotes());
        person.safeToLeaveMessage = form.safeToLeaveMessage();
    }

    private static String normalisePostcode(String postcode) {
        String value = blankToNull(postcode);
        return value == null ? null : value.toUpperCase().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The person a draft's link now means: one merged since the draft linked it stands for its survivor. A person
     * that does not exist is a bad link, reported on the field.
     */
    @Transactional
    public UUID survivorOf(UUID id, String field) {
        Person person = repository.findById(id);
        if (person == null) {
            throw new InvalidInputException(field, "The linked person no longer exists; choose again");
        }
        while (person.mergedInto != null) {
            person = load(person.mergedInto);
        }
        return person.id;
    }

    private Person load(UUID id) {
        Person person = repository.findById(id);
        if (person == null) {
            throw new NotFoundProblem("No person " + id);
        }
        return person;
    }
}
