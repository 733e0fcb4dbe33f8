package org.roundtable.triage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.checklist.Band;
import org.roundtable.checklist.ChecklistDefinition.Question;

/** A triage call as the pages and the API show it, with the questions of the script it follows. */
public record TriageView(UUID id, String reference, TriageOutcome outcome, Instant startedAt, Instant endedAt, String handlerName,
        Boolean immediateDanger, String callerFirstName, String callerLastName, LocalDate callerDateOfBirth, String callerPhone,
        Boolean domestic, ConferenceKind conferenceKind, List<Question> questions, Map<String, String> answers, Integer total,
        Band band, String route, boolean vulnerable, int earlierCalls, boolean earlierVulnerable, List<ConferenceKind> knownTo,
        UUID referralId, long version) {

    /** Called before, or known to a conference: the call handler is told at once. */
    @JsonProperty("repeatCaller")
    public boolean repeatCaller() {
        return earlierCalls > 0 || !knownTo.isEmpty();
    }

    @JsonIgnore
    public String callerName() {
        return callerFirstName == null ? null : callerFirstName + " " + callerLastName;
    }

    @JsonIgnore
    public boolean escalated() {
        return outcome == TriageOutcome.ESCALATED;
    }

    public String answerLabel(String questionId) {
        String value = answers.get(questionId);
        if (value == null) {
            return "Not answered";
        }
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst()
                .flatMap(q -> q.choices() == null ? java.util.Optional.<String>empty()
                        : q.choices().stream().filter(c -> c.value().equals(value)).map(c -> c.label()).findFirst())
                .orElse(switch (value) {
                    case "YES" -> "Yes";
                    case "NO" -> "No";
                    case "NOT_KNOWN" -> "Not known";
                    default -> value;
                });
    }
}
