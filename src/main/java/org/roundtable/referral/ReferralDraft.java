package org.roundtable.referral;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.person.PersonForm;
import org.roundtable.web.KeptAsTyped;
import org.roundtable.web.Limits;

/**
 * Everything a referrer has typed, saved as it is on every change so that nothing is lost. It is checked only
 * when the referral is submitted; then its people become person records and its answers an assessment.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@KeptAsTyped
public record ReferralDraft(
        @Valid PersonForm victim,
        UUID victimPersonId,
        Boolean victimIsNewPerson,
        @Size(max = MAX_PEOPLE, message = "Name at most {max} alleged perpetrators") List<@Valid Perpetrator> perpetrators,
        @Size(max = MAX_PEOPLE, message = "Name at most {max} children") List<@Valid Child> children,
        @Size(max = Limits.LONG_TEXT, message = "The incident summary must be {max} characters or fewer") String incidentSummary,
        @Size(max = MAX_ANSWERS, message = "Too many answers")
        Map<@Size(max = ANSWER_MAX, message = "Question ids are {max} characters or fewer") String,
            @Size(max = ANSWER_MAX, message = "An answer is one of the choices offered") String> answers,
        @Size(max = MAX_ANSWERS, message = "Too many notes")
        Map<@Size(max = ANSWER_MAX, message = "Question ids are {max} characters or fewer") String,
            @Size(max = Limits.REASON, message = "A note must be {max} characters or fewer") String> answerNotes,
        Boolean professionalJudgement,
        @Size(max = Limits.REASON, message = "The reasons must be {max} characters or fewer") String professionalJudgementReasons,
        @Min(value = 0, message = "Police incidents must be 0 or more")
        @Max(value = 1000, message = "Police incidents must be 1000 or fewer") Integer policeIncidents12Months,
        Consent consent,
        @Size(max = Limits.REASON, message = "The reason must be {max} characters or fewer") String consentReason,
        @Size(max = Limits.PERSON_LABEL, message = "The officer's name must be {max} characters or fewer") String officerName,
        Equality victimEquality,
        java.time.LocalDate incidentDate) {

    /** A draft without the victim's coded equality answers or an incident date (both optional, and asked later). */
    public ReferralDraft(PersonForm victim, UUID victimPersonId, Boolean victimIsNewPerson, List<Perpetrator> perpetrators,
            List<Child> children, String incidentSummary, Map<String, String> answers, Map<String, String> answerNotes,
            Boolean professionalJudgement, String professionalJudgementReasons, Integer policeIncidents12Months, Consent consent,
            String consentReason, String officerName) {
        this(victim, victimPersonId, victimIsNewPerson, perpetrators, children, incidentSummary, answers, answerNotes,
                professionalJudgement, professionalJudgementReasons, policeIncidents12Months, consent, consentReason, officerName, null, null);
    }

    /** More people than any household holds, and few enough that a page of them stays quick. */
    static final int MAX_PEOPLE = 50;
    /** More than any checklist's questions. */
    static final int MAX_ANSWERS = 200;
    /** Question ids and answer values are short codes (yes, no, not-known, 3-5, HIGH). */
    static final int ANSWER_MAX = 80;

    public enum Consent { GIVEN, NOT_GIVEN }

    /** personId when the referrer linked an earlier person; isNewPerson when they said none of the candidates is them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Perpetrator(@Valid PersonForm person,
            @Size(max = Limits.NAME, message = "The relationship to the victim must be {max} characters or fewer") String relationship,
            UUID personId, Boolean isNewPerson) {

        public Perpetrator(PersonForm person, String relationship) {
            this(person, relationship, null, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Child(@Size(max = Limits.NAME, message = "A child's first name must be {max} characters or fewer") String firstName,
            @Size(max = Limits.NAME, message = "A child's last name must be {max} characters or fewer") String lastName,
            @Min(value = 0, message = "Enter the child's age, 0 to 25") @Max(value = 25, message = "Enter the child's age, 0 to 25") Integer age,
            @Size(max = Limits.NAME, message = "Notes about a child must be {max} characters or fewer") String notes) {
    }

    /**
     * The victim's coded equality answers, asked in the victim section beside the free text and counted by the MARAC
     * data return. Each may be absent: a victim with only free text counts there as "not collected".
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Equality(Ethnicity ethnicity, YesNoNotKnown disability, YesNoNotKnown lgbtq) {

        public static final Equality NONE = new Equality(null, null, null);
    }

    public static ReferralDraft empty() {
        return new ReferralDraft(null, null, null, List.of(), List.of(), null, Map.of(), Map.of(), null, null, null, null, null, null, null, null);
    }

    public Equality victimEquality() {
        return victimEquality == null ? Equality.NONE : victimEquality;
    }

    public List<Perpetrator> perpetrators() {
        return perpetrators == null ? List.of() : perpetrators;
    }

    public List<Child> children() {
        return children == null ? List.of() : children;
    }

    public Map<String, String> answers() {
        return answers == null ? Map.of() : answers;
    }

    public Map<String, String> answerNotes() {
        return answerNotes == null ? Map.of() : answerNotes;
    }
}
