package org.roundtable.triage;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roundtable.checklist.ChecklistDefinition;
import org.roundtable.checklist.ChecklistDefinition.Question;
import org.roundtable.checklist.ChecklistScorer;
import org.roundtable.person.PersonForm;
import org.roundtable.referral.ReferralDraft;

/**
 * Turns a finished call into a referral draft so that nothing is keyed twice: the caller becomes the victim, the
 * script's answers become the referral checklist's answers (as the script's prefill map says), the result goes
 * into the incident summary.
 */
final class TriagePrefill {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(java.time.ZoneId.of("Europe/London"));

    private TriagePrefill() {
    }

    static ReferralDraft draft(TriageView call, ChecklistDefinition script, ChecklistDefinition referralChecklist, String handlerNotes) {
        Map<String, String> answers = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        String source = "From police call " + call.reference();
        for (Question question : script.questions()) {
            String value = call.answers().get(question.id());
            List<String> targets = script.prefill().getOrDefault(question.id(), List.of()).stream()
                    .filter(target -> referralChecklist.question(target).isPresent()).toList();
            if (value == null || targets.isEmpty()) {
                continue;
            }
            // One broad question ("worse or more often") cannot say which of two narrower ones is true: a no or
            // not known holds for both, a yes is left for the referrer to ask about.
            boolean broadYes = targets.size() > 1 && ChecklistScorer.YES.equals(value);
            for (String target : targets) {
                if (!broadYes && referralChecklist.answerError(target, value).isEmpty()) {
                    answers.put(target, value);
                    notes.put(target, source + ".");
                } else {
                    notes.put(target, source + ": the caller said yes to \"" + question.text() + "\" Ask which applies.");
                }
            }
        }
        return new ReferralDraft(victim(call), null, null, List.of(), List.of(), summary(call, handlerNotes), answers, notes,
                null, null, null, null, null, null);
    }

    private static PersonForm victim(TriageView call) {
        String contact = call.callerPhone() == null ? null
                : "Phone given on police call " + call.reference() + ": " + call.callerPhone() + ". Check it is safe before using it.";
        return new PersonForm(call.callerFirstName(), call.callerLastName(), null, call.callerDateOfBirth(), null, null, null, null,
                null, null, null, false, null, null, null, null, null, contact, null);
    }

    private static String summary(TriageView call, String handlerNotes) {
        StringBuilder summary = new StringBuilder()
                .append("Police call ").append(call.reference()).append(" on ").append(WHEN.format(call.startedAt()))
                .append(", taken by ").append(call.handlerName()).append(". Triage: ").append(call.band().label().toLowerCase())
                .append(" (score ").append(call.total()).append("); route: ").append(call.route()).append('.');
        if (call.vulnerable()) {
            summary.append(" Vulnerable or high-risk caller.");
        }
        if (call.repeatCaller()) {
            summary.append(" Repeat caller: ").append(call.earlierCalls()).append(" earlier calls");
            if (!call.knownTo().isEmpty()) {
                summary.append("; known to ").append(call.knownTo().stream().map(Enum::name).reduce((a, b) -> a + " and " + b).orElse(""));
            }
            summary.append('.');
        }
        if (handlerNotes != null) {
            summary.append("\n\n").append(handlerNotes);
        }
        return summary.toString();
    }
}
