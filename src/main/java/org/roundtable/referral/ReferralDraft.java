package org.roundtable.referral;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.person.PersonForm;

/**
 * Everything a referrer has typed, saved as it is on every change so that nothing is lost. It is checked only
 * when the referral is submitted; then its people become person records and its answers an assessment.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferralDraft(
        PersonForm victim,
        UUID victimPersonId,
        Boolean victimIsNewPerson,
        List<Perpetrator> perpetrators,
        List<Child> children,
        String incidentSummary,
        Map<String, String> answers,
        Map<String, String> answerNotes,
        Boolean professionalJudgement,
        String professionalJudgementReasons,
        Integer policeIncidents12Months,
        Consent consent,
        String consentReason,
        String officerName) {

    public enum Consent { GIVEN, NOT_GIVEN }

    /** personId when the referrer linked an earlier person; isNewPerson when they said none of the candidates is them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Perpetrator(PersonForm person, String relationship, UUID personId, Boolean isNewPerson) {

        public Perpetrator(PersonForm person, String relationship) {
            this(person, relationship, null, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Child(String firstName, String lastName, Integer age, String notes) {
    }

    public static ReferralDraft empty() {
        return new ReferralDraft(null, null, null, List.of(), List.of(), null, Map.of(), Map.of(), null, null, null, null, null, null);
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
