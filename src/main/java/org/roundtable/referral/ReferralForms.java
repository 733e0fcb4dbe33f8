package org.roundtable.referral;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.checklist.ChecklistDefinition;
import org.roundtable.person.PersonForm;
import org.roundtable.referral.FieldSpec.Option;
import org.roundtable.web.DateFields;
import org.roundtable.web.FieldError;

/**
 * The referral pages' sections: their inputs, the values a draft gives them, how posted values change the draft, and
 * what each section needs before it counts as completed. What is typed is always kept, even when it has errors.
 */
final class ReferralForms {

    static final int CHILD_ROWS = 4;
    /** How a checklist question's radios are named on the page: this, then the question's id. */
    static final String ANSWER_FIELD = "answer-";
    private static final List<Option> SEX = List.of(new Option("Female", "Female"), new Option("Male", "Male"),
            new Option("Not known", "Not known"));
    private static final List<Option> MESSAGE_SAFE = List.of(new Option("yes", "Yes"), new Option("no", "No, not safe"));
    private static final List<Option> ETHNIC_GROUPS = java.util.Arrays.stream(Ethnicity.values())
            .map(e -> new Option(e.name(), e.label())).toList();
    private static final List<Option> YES_NO_NOT_KNOWN = java.util.Arrays.stream(YesNoNotKnown.values())
            .map(a -> new Option(a.name(), a.label())).toList();
    private static final String EQUALITY_HINT = "As the victim describes it. The partnership counts these answers, never names, "
            + "in the MARAC data return to SafeLives";
    private static final List<Option> CONSENT = List.of(new Option("GIVEN", "Yes, the victim consents"),
            new Option("NOT_GIVEN", "No, but information will be shared without consent"));

    private ReferralForms() {
    }

    static List<FieldSpec> fields(Section section, ChecklistDefinition checklist) {
        return switch (section) {
            case VICTIM -> List.of(FieldSpec.text("firstName", "First name", null), FieldSpec.text("lastName", "Last name", null),
                    FieldSpec.text("aliases", "Other names or aliases (optional)", null),
                    FieldSpec.date("dob", "Date of birth", "For example, 27 3 1990. If you do not know it, give an approximate age"),
                    FieldSpec.number("approximateAge", "Approximate age (if the date of birth is not known)", null),
                    FieldSpec.radios("sex", "Sex", null, SEX, null),
                    FieldSpec.text("genderIdentity", "Gender identity (optional)", null),
                    FieldSpec.radios("ethnicGroup", "What is the victim's ethnic group? (optional)", EQUALITY_HINT, ETHNIC_GROUPS, null),
                    FieldSpec.text("ethnicity", "Ethnicity in the victim's own words (optional)", null),
                    FieldSpec.radios("disabled", "Does the victim have a disability? (optional)",
                            "A physical or mental condition with a substantial, long-term effect on day-to-day life", YES_NO_NOT_KNOWN, null),
                    FieldSpec.text("disability", "Disability: details (optional)", null),
                    FieldSpec.radios("lgbtq", "Is the victim lesbian, gay, bisexual, trans, queer or of another minority sexual "
                            + "orientation or gender identity (LGBTQ+)? (optional)", null, YES_NO_NOT_KNOWN, null),
                    FieldSpec.text("sexualOrientation", "Sexual orientation in the victim's own words (optional)", null),
                    FieldSpec.text("firstLanguage", "First language (optional)", null),
                    FieldSpec.checkbox("interpreterNeeded", "An interpreter is needed", null),
                    FieldSpec.textarea("address", "Address", null), FieldSpec.text("town", "Town", null),
                    FieldSpec.text("postcode", "Postcode", null),
                    FieldSpec.text("safePhone", "Safe phone number (optional)", null),
                    FieldSpec.text("safeEmail", "Safe email address (optional)", null),
                    FieldSpec.textarea("safeContactNotes", "How to contact the victim safely (optional)",
                            "For example: text only, do not leave a message"),
                    FieldSpec.radios("safeToLeaveMessage", "Is it safe to leave the victim a message?",
                            "A voicemail, a text or a note that someone else could see", MESSAGE_SAFE, null));
            case PERPETRATOR -> List.of(FieldSpec.text("perpFirstName", "First name", null),
                    FieldSpec.text("perpLastName", "Last name", null),
                    FieldSpec.date("perpDob", "Date of birth (optional)", "For example, 2 4 1985"),
                    FieldSpec.number("perpAge", "Approximate age (optional, if the date of birth is not known)", null),
                    FieldSpec.text("perpRelationship", "Relationship to the victim", "For example: ex-partner, son, neighbour"));
            case CHILDREN -> childFields();
            case INCIDENT -> List.of(FieldSpec.date("incidentDate", "Date of the incident (optional)",
                            "For example, 20 11 2026. Leave it empty if it is not known: the day you submit is used instead"),
                    FieldSpec.textarea("incidentSummary", "What happened", "Dates, places, injuries and who was there"),
                    FieldSpec.text("officerName", "Referring officer or practitioner (optional)", "Leave empty if it is you"));
            case CHECKLIST -> checklistFields(checklist);
            case CRITERIA -> List.of(FieldSpec.checkbox("professionalJudgement",
                            "I believe the risk is high whatever the score (professional judgement)", null),
                    FieldSpec.textarea("professionalJudgementReasons", "Reasons for your professional judgement",
                            "Required if you use professional judgement"),
                    FieldSpec.number("policeIncidents12Months", "Police incidents in the last 12 months", "Potential escalation"));
            case CONSENT -> List.of(FieldSpec.radios("consent", "Does the victim consent to information being shared?", null, CONSENT, null),
                    FieldSpec.textarea("consentReason", "Reason for sharing without consent",
                            "Required if consent is not given: for example, risk of serious harm to the victim or children"));
        };
    }

    private static List<FieldSpec> childFields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (int i = 0; i < CHILD_ROWS; i++) {
            fields.add(FieldSpec.text("child" + i + "FirstName", "Child " + (i + 1) + ": first name", null));
            fields.add(FieldSpec.text("child" + i + "LastName", "Child " + (i + 1) + ": last name (optional)", null));
            fields.add(FieldSpec.number("child" + i + "Age", "Child " + (i + 1) + ": age", null));
        }
        return fields;
    }

    private static List<FieldSpec> checklistFields(ChecklistDefinition checklist) {
        List<FieldSpec> fields = new ArrayList<>();
        int n = 1;
        for (ChecklistDefinition.Question q : checklist.questions()) {
            List<Option> options = switch (q.kind()) {
                case YES_NO_UNKNOWN -> List.of(new Option("YES", "Yes"), new Option("NO", "No"), new Option("NOT_KNOWN", "Not known"));
                case YES_NO -> List.of(new Option("YES", "Yes"), new Option("NO", "No"));
                case CHOICE -> q.choices().stream().map(c -> new Option(c.value(), c.label())).toList();
            };
            fields.add(FieldSpec.radios(ANSWER_FIELD + q.id(), n++ + ". " + q.text(), null, options, q.guidance()));
            fields.add(FieldSpec.text("note-" + q.id(), "Notes (optional)", null));
        }
        return fields;
    }

    /** The inputs' values as the draft holds them. */
    static Map<String, String> values(ReferralDraft d) {
        Map<String, String> v = new HashMap<>();
        PersonForm victim = d.victim();
        if (victim != null) {
            put(v, "firstName", victim.firstName());
            put(v, "lastName", victim.lastName());
            put(v, "aliases", victim.aliases());
            putDate(v, "dob", victim.dateOfBirth());
            put(v, "approximateAge", victim.approximateAge());
            put(v, "sex", victim.sex());
            put(v, "genderIdentity", victim.genderIdentity());
            put(v, "ethnicity", victim.ethnicity());
            put(v, "disability", victim.disability());
            put(v, "sexualOrientation", victim.sexualOrientation());
            put(v, "firstLanguage", victim.firstLanguage());
            put(v, "interpreterNeeded", victim.interpreterNeeded() ? "true" : null);
            put(v, "address", victim.address());
            put(v, "town", victim.town());
            put(v, "postcode", victim.postcode());
            put(v, "safePhone", victim.safePhone());
            put(v, "safeEmail", victim.safeEmail());
            put(v, "safeContactNotes", victim.safeContactNotes());
            put(v, "safeToLeaveMessage", victim.safeToLeaveMessage() == null ? null : victim.safeToLeaveMessage() ? "yes" : "no");
        }
        ReferralDraft.Equality equality = d.victimEquality();
        put(v, "ethnicGroup", equality.ethnicity() == null ? null : equality.ethnicity().name());
        put(v, "disabled", equality.disability() == null ? null : equality.disability().name());
        put(v, "lgbtq", equality.lgbtq() == null ? null : equality.lgbtq().name());
        if (!d.perpetrators().isEmpty() && d.perpetrators().get(0).person() != null) {
            PersonForm p = d.perpetrators().get(0).person();
            put(v, "perpFirstName", p.firstName());
            put(v, "perpLastName", p.lastName());
            putDate(v, "perpDob", p.dateOfBirth());
            put(v, "perpAge", p.approximateAge());
            put(v, "perpRelationship", d.perpetrators().get(0).relationship());
        }
        for (int i = 0; i < Math.min(CHILD_ROWS, d.children().size()); i++) {
            ReferralDraft.Child c = d.children().get(i);
            put(v, "child" + i + "FirstName", c.firstName());
            put(v, "child" + i + "LastName", c.lastName());
            put(v, "child" + i + "Age", c.age());
        }
        putDate(v, "incidentDate", d.incidentDate());
        put(v, "incidentSummary", d.incidentSummary());
        put(v, "officerName", d.officerName());
        d.answers().forEach((id, answer) -> v.put(ANSWER_FIELD + id, answer));
        d.answerNotes().forEach((id, note) -> v.put("note-" + id, note));
        put(v, "professionalJudgement", Boolean.TRUE.equals(d.professionalJudgement()) ? "true" : null);
        put(v, "professionalJudgementReasons", d.professionalJudgementReasons());
        put(v, "policeIncidents12Months", d.policeIncidents12Months());
        put(v, "consent", d.consent() == null ? null : d.consent().name());
        put(v, "consentReason", d.consentReason());
        return v;
    }

    /** Folds a section's posted values into the draft. Values that cannot be kept in the draft (a date like 31 2) are reported. */
    static ReferralDraft apply(Section section, ReferralDraft d, MultivaluedMap<String, String> form, List<FieldError> errors) {
        return switch (section) {
            case VICTIM -> withVictim(d, new PersonForm(s(form, "firstName"), s(form, "lastName"), s(form, "aliases"),
                    date(form, "dob", errors), integer(form, "approximateAge", errors), s(form, "sex"), s(form, "genderIdentity"),
                    s(form, "ethnicity"), s(form, "disability"), s(form, "sexualOrientation"), s(form, "firstLanguage"),
                    "true".equals(s(form, "interpreterNeeded")), s(form, "address"), s(form, "town"), s(form, "postcode"),
                    s(form, "safePhone"), s(form, "safeEmail"), s(form, "safeContactNotes"), yesNo(form, "safeToLeaveMessage")),
                    new ReferralDraft.Equality(choice(form, "ethnicGroup", Ethnicity.class), choice(form, "disabled", YesNoNotKnown.class),
                            choice(form, "lgbtq", YesNoNotKnown.class)),
                    s(form, "victimMatch"));
            case PERPETRATOR -> {
                List<ReferralDraft.Perpetrator> perpetrators = new ArrayList<>(d.perpetrators());
                boolean any = s(form, "perpFirstName") != null || s(form, "perpLastName") != null || s(form, "perpRelationship") != null;
                ReferralDraft.Perpetrator before = perpetrators.isEmpty() ? null : perpetrators.remove(0);
                ReferralDraft.Perpetrator first = any ? withMatch(before, PersonForm.named(s(form, "perpFirstName"),
                        s(form, "perpLastName"), date(form, "perpDob", errors), integer(form, "perpAge", errors)), s(form, "perpRelationship"),
                        s(form, "perpetratorMatch")) : null;
                if (first != null) {
                    perpetrators.add(0, first);
                }
                yield copy(d, b -> b.perpetrators = perpetrators);
            }
            case CHILDREN -> {
                List<ReferralDraft.Child> children = new ArrayList<>();
                for (int i = 0; i < CHILD_ROWS; i++) {
                    String first = s(form, "child" + i + "FirstName");
                    Integer age = integer(form, "child" + i + "Age", errors);
                    if (first != null || age != null || s(form, "child" + i + "LastName") != null) {
                        children.add(new ReferralDraft.Child(first, s(form, "child" + i + "LastName"), age, null));
                    }
                }
                children.addAll(d.children().stream().skip(CHILD_ROWS).toList());
                yield copy(d, b -> b.children = children);
            }
            case INCIDENT -> copy(d, b -> {
                b.incidentDate = date(form, "incidentDate", errors);
                b.incidentSummary = s(form, "incidentSummary");
                b.officerName = s(form, "officerName");
            });
            case CHECKLIST -> copy(d, b -> {
                Map<String, String> answers = new LinkedHashMap<>(d.answers());
                Map<String, String> notes = new LinkedHashMap<>(d.answerNotes());
                form.keySet().stream().filter(k -> k.startsWith("answer-")).forEach(k -> answers.put(k.substring(7), s(form, k)));
                form.keySet().stream().filter(k -> k.startsWith("note-")).forEach(k -> {
                    if (s(form, k) == null) {
                        notes.remove(k.substring(5));
                    } else {
                        notes.put(k.substring(5), s(form, k));
                    }
                });
                answers.values().removeIf(java.util.Objects::isNull);
                b.answers = answers;
                b.answerNotes = notes;
            });
            case CRITERIA -> copy(d, b -> {
                b.professionalJudgement = "true".equals(s(form, "professionalJudgement"));
                b.professionalJudgementReasons = s(form, "professionalJudgementReasons");
                b.policeIncidents12Months = integer(form, "policeIncidents12Months", errors);
            });
            case CONSENT -> copy(d, b -> {
                String consent = s(form, "consent");
                // Only the two answers offered count; anything else is no answer, and the section asks again.
                b.consent = "GIVEN".equals(consent) ? ReferralDraft.Consent.GIVEN
                        : "NOT_GIVEN".equals(consent) ? ReferralDraft.Consent.NOT_GIVEN : null;
                b.consentReason = s(form, "consentReason");
            });
        };
    }

    /** Keeps the link to an earlier person while the name and date of birth stay as they were when it was chosen. */
    private static ReferralDraft.Perpetrator withMatch(ReferralDraft.Perpetrator before, PersonForm person, String relationship,
            String match) {
        if (match != null) {
            boolean isNew = "NEW".equals(match);
            return new ReferralDraft.Perpetrator(person, relationship, isNew ? null : parseId(match), isNew);
        }
        boolean samePerson = before != null && before.person() != null
                && java.util.Objects.equals(before.person().firstName(), person.firstName())
                && java.util.Objects.equals(before.person().lastName(), person.lastName())
                && java.util.Objects.equals(before.person().dateOfBirth(), person.dateOfBirth());
        return samePerson ? new ReferralDraft.Perpetrator(person, relationship, before.personId(), before.isNewPerson())
                : new ReferralDraft.Perpetrator(person, relationship);
    }

    private static java.util.UUID parseId(String value) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ReferralDraft withVictim(ReferralDraft d, PersonForm victim, ReferralDraft.Equality equality, String match) {
        return copy(d, b -> {
            b.victim = victim;
            b.victimEquality = equality;
            if (match != null) {
                b.victimPersonId = "NEW".equals(match) ? null : parseId(match);
                b.victimIsNewPerson = "NEW".equals(match);
            } else if (d.victim() != null && !java.util.Objects.equals(d.victim().dateOfBirth(), victim.dateOfBirth())) {
                b.victimPersonId = null;
                b.victimIsNewPerson = null;
            }
        });
    }

    /** What a section needs to count as completed; shown on saving the section, and again at submit. */
    static List<FieldError> check(Section section, ReferralDraft d, ChecklistDefinition checklist) {
        List<FieldError> errors = new ArrayList<>();
        switch (section) {
            case VICTIM -> {
                PersonForm v = d.victim();
                require(v == null ? null : v.firstName(), "firstName", "Enter the victim's first name", errors);
                require(v == null ? null : v.lastName(), "lastName", "Enter the victim's last name", errors);
                if (v != null && v.dateOfBirth() == null && v.approximateAge() == null) {
                    errors.add(new FieldError("dob", "Enter the victim's date of birth or an approximate age"));
                }
                if (v != null) {
                    org.roundtable.web.EmailAddress.Check.problem(v.safeEmail(), "Email address")
                            .ifPresent(message -> errors.add(new FieldError("safeEmail", message)));
                }
                if (v != null && v.safePhone() != null && !v.safePhone().matches(PersonForm.PHONE)) {
                    errors.add(new FieldError("safePhone", PersonForm.PHONE_MESSAGE));
                }
                if (v != null) {
                    atMost(v.firstName(), PersonForm.TEXT_MAX, "firstName", "The victim's first name", errors);
                    atMost(v.lastName(), PersonForm.TEXT_MAX, "lastName", "The victim's last name", errors);
                    atMost(v.sex(), PersonForm.SEX_MAX, "sex", "The victim's sex", errors);
                    atMost(v.genderIdentity(), PersonForm.TEXT_MAX, "genderIdentity", "The victim's gender identity", errors);
                    atMost(v.ethnicity(), PersonForm.TEXT_MAX, "ethnicity", "The victim's ethnicity", errors);
                    atMost(v.disability(), PersonForm.DISABILITY_MAX, "disability", "The victim's disability", errors);
                    atMost(v.sexualOrientation(), PersonForm.TEXT_MAX, "sexualOrientation", "The victim's sexual orientation", errors);
                    atMost(v.firstLanguage(), PersonForm.TEXT_MAX, "firstLanguage", "The victim's first language", errors);
                    atMost(v.town(), PersonForm.TEXT_MAX, "town", "The town", errors);
                    atMost(v.postcode(), PersonForm.POSTCODE_MAX, "postcode", "The postcode", errors);
                    atMost(v.safePhone(), PersonForm.PHONE_MAX, "safePhone", "The safe phone number", errors);
                    if (v.aliases() != null && java.util.Arrays.stream(v.aliases().split("[,;\\n]")).anyMatch(a -> a.trim().length() > PersonForm.TEXT_MAX)) {
                        errors.add(new FieldError("aliases", "Each alias must be " + PersonForm.TEXT_MAX + " characters or fewer"));
                    }
                }
            }
            case PERPETRATOR -> {
                if (!d.perpetrators().isEmpty()) {
                    PersonForm p = d.perpetrators().get(0).person();
                    require(p.firstName(), "perpFirstName", "Enter the alleged perpetrator's first name", errors);
                    require(p.lastName(), "perpLastName", "Enter the alleged perpetrator's last name", errors);
                    atMost(p.firstName(), PersonForm.TEXT_MAX, "perpFirstName", "The alleged perpetrator's first name", errors);
                    atMost(p.lastName(), PersonForm.TEXT_MAX, "perpLastName", "The alleged perpetrator's last name", errors);
                    atMost(d.perpetrators().get(0).relationship(), PersonForm.TEXT_MAX, "perpRelationship", "The relationship to the victim", errors);
                }
            }
            case CHILDREN -> {
                for (int i = 0; i < d.children().size() && i < CHILD_ROWS; i++) {
                    ReferralDraft.Child c = d.children().get(i);
                    require(c.firstName(), "child" + i + "FirstName", "Enter child " + (i + 1) + "'s first name", errors);
                    atMost(c.firstName(), PersonForm.TEXT_MAX, "child" + i + "FirstName", "Child " + (i + 1) + "'s first name", errors);
                    atMost(c.lastName(), PersonForm.TEXT_MAX, "child" + i + "LastName", "Child " + (i + 1) + "'s last name", errors);
                    if (c.age() == null || c.age() < 0 || c.age() > 25) {
                        errors.add(new FieldError("child" + i + "Age", "Enter child " + (i + 1) + "'s age, 0 to 25"));
                    }
                }
            }
            case INCIDENT -> {
                IncidentDates.problem(d.incidentDate(), LocalDate.now(RepeatRule.LONDON))
                        .ifPresent(message -> errors.add(new FieldError("incidentDate", message)));
                require(d.incidentSummary(), "incidentSummary", "Describe the incident", errors);
            }
            case CHECKLIST -> checklist.questions().stream().filter(q -> !d.answers().containsKey(q.id()))
                    .forEach(q -> errors.add(new FieldError(ANSWER_FIELD + q.id(), "Answer question: " + q.text())));
            case CRITERIA -> {
                if (Boolean.TRUE.equals(d.professionalJudgement())) {
                    require(d.professionalJudgementReasons(), "professionalJudgementReasons",
                            "Give the reasons for your professional judgement", errors);
                }
                if (d.policeIncidents12Months() != null && d.policeIncidents12Months() < 0) {
                    errors.add(new FieldError("policeIncidents12Months", "The number of police incidents must be 0 or more"));
                }
            }
            case CONSENT -> {
                if (d.consent() == null) {
                    errors.add(new FieldError("consent", "Say whether the victim consents to information being shared"));
                } else if (d.consent() == ReferralDraft.Consent.NOT_GIVEN) {
                    require(d.consentReason(), "consentReason", "Give the reason for sharing without consent", errors);
                }
            }
        }
        return errors;
    }

    /** Not yet started, in progress or completed, for the task list. */
    static String status(Section section, ReferralDraft d, ChecklistDefinition checklist) {
        boolean started = fields(section, checklist).stream().anyMatch(f -> {
            Map<String, String> values = values(d);
            return values.containsKey(f.name()) || values.containsKey(f.name() + "-year");
        });
        if (section == Section.PERPETRATOR || section == Section.CHILDREN) {
            return check(section, d, checklist).isEmpty() ? (started ? "Completed" : "Not yet started") : "In progress";
        }
        if (!started) {
            return "Not yet started";
        }
        return check(section, d, checklist).isEmpty() ? "Completed" : "In progress";
    }

    /** Which section a submit error belongs to. */
    static Section sectionOf(String field) {
        if (field.startsWith("victim")) {
            return Section.VICTIM;
        }
        if (field.startsWith("perpetrators")) {
            return Section.PERPETRATOR;
        }
        if (field.startsWith("children")) {
            return Section.CHILDREN;
        }
        if (field.startsWith("incident")) {
            return Section.INCIDENT;
        }
        if (field.startsWith("answers")) {
            return Section.CHECKLIST;
        }
        if (field.startsWith("consent")) {
            return Section.CONSENT;
        }
        return Section.CRITERIA;
    }

    // ---- a small mutable copy of the draft, so each section changes only its own part

    private static final class Builder {
        PersonForm victim;
        java.util.UUID victimPersonId;
        Boolean victimIsNewPerson;
        List<ReferralDraft.Perpetrator> perpetrators;
        List<ReferralDraft.Child> children;
        String incidentSummary;
        Map<String, String> answers;
        Map<String, String> answerNotes;
        Boolean professionalJudgement;
        String professionalJudgementReasons;
        Integer policeIncidents12Months;
        ReferralDraft.Consent consent;
        String consentReason;
        String officerName;
        ReferralDraft.Equality victimEquality;
        LocalDate incidentDate;
    }

    private static ReferralDraft copy(ReferralDraft d, java.util.function.Consumer<Builder> change) {
        Builder b = new Builder();
        b.victim = d.victim();
        b.victimPersonId = d.victimPersonId();
        b.victimIsNewPerson = d.victimIsNewPerson();
        b.perpetrators = d.perpetrators();
        b.children = d.children();
        b.incidentSummary = d.incidentSummary();
        b.answers = d.answers();
        b.answerNotes = d.answerNotes();
        b.professionalJudgement = d.professionalJudgement();
        b.professionalJudgementReasons = d.professionalJudgementReasons();
        b.policeIncidents12Months = d.policeIncidents12Months();
        b.consent = d.consent();
        b.consentReason = d.consentReason();
        b.officerName = d.officerName();
        b.victimEquality = d.victimEquality();
        b.incidentDate = d.incidentDate();
        change.accept(b);
        return new ReferralDraft(b.victim, b.victimPersonId, b.victimIsNewPerson, b.perpetrators, b.children, b.incidentSummary,
                b.answers, b.answerNotes, b.professionalJudgement, b.professionalJudgementReasons, b.policeIncidents12Months,
                b.consent, b.consentReason, b.officerName, b.victimEquality, b.incidentDate);
    }

    /** A field longer than its column gets a message naming it, not a database error at submit. */
    private static void atMost(String value, int max, String field, String what, List<FieldError> errors) {
        if (value != null && value.trim().length() > max && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, what + " must be " + max + " characters or fewer"));
        }
    }

    private static void require(String value, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        }
    }

    /** One of the coded answers offered; anything else is no answer, and the question stays unanswered. */
    private static <E extends Enum<E>> E choice(MultivaluedMap<String, String> form, String name, Class<E> type) {
        String value = s(form, name);
        return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    /** A yes or no radio; anything else (or no answer) is not known. */
    private static Boolean yesNo(MultivaluedMap<String, String> form, String name) {
        String value = s(form, name);
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static String s(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integer(MultivaluedMap<String, String> form, String name, List<FieldError> errors) {
        String value = s(form, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "Enter a whole number"));
            return null;
        }
    }

    private static LocalDate date(MultivaluedMap<String, String> form, String name, List<FieldError> errors) {
        return DateFields.parse(form, name, errors);
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            values.put(name, value.toString());
        }
    }

    private static void putDate(Map<String, String> values, String name, LocalDate date) {
        if (date != null) {
            values.put(name + "-day", String.valueOf(date.getDayOfMonth()));
            values.put(name + "-month", String.valueOf(date.getMonthValue()));
            values.put(name + "-year", String.valueOf(date.getYear()));
        }
    }
}
