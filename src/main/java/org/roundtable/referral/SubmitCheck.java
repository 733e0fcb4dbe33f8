package org.roundtable.referral;

import java.util.ArrayList;
import java.util.List;
import org.roundtable.checklist.Band;
import org.roundtable.checklist.ChecklistDefinition;
import org.roundtable.checklist.Score;
import org.roundtable.checklist.SettingsView;
import org.roundtable.web.FieldError;

/**
 * What a draft must hold before it is submitted. Field names are the draft's JSON paths, which the pages map to
 * their sections. Person fields are checked by PersonService.
 */
final class SubmitCheck {

    private SubmitCheck() {
    }

    static List<FieldError> errors(ReferralDraft draft, ChecklistDefinition checklist, Score score, SettingsView settings,
            boolean repeat, java.time.LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.victim() == null && draft.victimPersonId() == null) {
            errors.add(new FieldError("victim.firstName", "Enter the victim's details"));
        } else if (draft.victim() != null && draft.victim().dateOfBirth() == null && draft.victim().approximateAge() == null) {
            errors.add(new FieldError("victim.dateOfBirth", "Enter the victim's date of birth or an approximate age"));
        }
        IncidentDates.problem(draft.incidentDate(), today).ifPresent(message -> errors.add(new FieldError("incidentDate", message)));
        if (blank(draft.incidentSummary())) {
            errors.add(new FieldError("incidentSummary", "Describe the incident"));
        }
        for (ChecklistDefinition.Question q : checklist.questions()) {
            if (!draft.answers().containsKey(q.id())) {
                errors.add(new FieldError("answers." + q.id(), "Answer: " + q.text()));
            }
        }
        // An answer to a question this version does not ask, or one it does not offer, is named rather than dropped.
        draft.answers().forEach((questionId, value) -> checklist.answerError(questionId, value)
                .ifPresent(message -> errors.add(new FieldError("answers." + questionId, message))));
        boolean judgement = Boolean.TRUE.equals(draft.professionalJudgement());
        if (judgement && blank(draft.professionalJudgementReasons())) {
            errors.add(new FieldError("professionalJudgementReasons", "Give the reasons for your professional judgement"));
        }
        if (draft.policeIncidents12Months() != null && draft.policeIncidents12Months() < 0) {
            errors.add(new FieldError("policeIncidents12Months", "The number of police incidents must be 0 or more"));
        }
        if (draft.consent() == null) {
            errors.add(new FieldError("consent", "Say whether the victim consents to information being shared"));
        } else if (draft.consent() == ReferralDraft.Consent.NOT_GIVEN && blank(draft.consentReason())) {
            errors.add(new FieldError("consentReason", "Give the reason for sharing without consent"));
        }
        if (errors.isEmpty() && !repeat && !visibleHighRisk(score) && !judgement && !escalation(draft, settings)) {
            errors.add(new FieldError("criteria", "No referral criterion is met: the risk is not high, there is no professional "
                    + "judgement and the police incidents are below " + settings.escalationIncidents()
                    + ". Screen the victim out to a local service instead."));
        }
        return errors;
    }

    static boolean visibleHighRisk(Score score) {
        return score.eligible() != null ? score.eligible() : score.band() == Band.HIGH;
    }

    static boolean escalation(ReferralDraft draft, SettingsView settings) {
        return draft.policeIncidents12Months() != null && draft.policeIncidents12Months() >= settings.escalationIncidents();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
