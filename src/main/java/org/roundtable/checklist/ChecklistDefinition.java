package org.roundtable.checklist;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of one checklist version: its questions with their weights, the band thresholds, rules that raise
 * a band, and (for eligibility checklists such as SARAC's) which answers make a case eligible. A triage script
 * adds the route recommended for each band, the answers that flag a vulnerable caller, and which referral
 * checklist questions each answer pre-fills.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChecklistDefinition(Scoring scoring, List<Question> questions, List<BandThreshold> bands,
        List<MinimumBandRule> minimumBandRules, Eligibility eligibility, List<Route> routes,
        List<String> vulnerabilityQuestions, Map<String, List<String>> prefill) {

    public enum Scoring { POINTS, ELIGIBILITY }

    public enum AnswerKind { YES_NO_UNKNOWN, YES_NO, CHOICE }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(String id, String section, String text, String guidance, AnswerKind kind, Integer yesPoints,
            List<Choice> choices) {
    }

    public record Choice(String value, String label, int points) {
    }

    /** A band starts at this total. */
    public record BandThreshold(Band band, int from) {
    }

    /** When every listed question is answered yes, the band is at least this one, whatever the total. */
    public record MinimumBandRule(List<String> allYes, Band band, String explanation) {
    }

    /** Eligible when every "allYes" question is yes and at least one "anyYes" question is yes. */
    public record Eligibility(List<String> allYes, List<String> anyYes) {
    }

    /** What a triage recommends for a band. */
    public record Route(Band band, String text) {
    }

    public ChecklistDefinition(Scoring scoring, List<Question> questions, List<BandThreshold> bands,
            List<MinimumBandRule> minimumBandRules, Eligibility eligibility) {
        this(scoring, questions, bands, minimumBandRules, eligibility, null, null, null);
    }

    /** The same checklist with edited questions, bands and rules; routes and pre-fills stay as they were. */
    public ChecklistDefinition withEdits(List<Question> editedQuestions, List<BandThreshold> editedBands,
            List<MinimumBandRule> editedRules) {
        List<String> ids = editedQuestions.stream().map(Question::id).toList();
        return new ChecklistDefinition(scoring, editedQuestions, editedBands, editedRules, eligibility, routes,
                vulnerabilityQuestions == null ? null : vulnerabilityQuestions.stream().filter(ids::contains).toList(),
                prefill == null ? null : prefill.entrySet().stream().filter(e -> ids.contains(e.getKey()))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public Optional<String> routeFor(Band band) {
        return routes == null ? Optional.empty() : routes.stream().filter(r -> r.band() == band).map(Route::text).findFirst();
    }

    public List<String> vulnerabilityQuestions() {
        return vulnerabilityQuestions == null ? List.of() : vulnerabilityQuestions;
    }

    public Map<String, List<String>> prefill() {
        return prefill == null ? Map.of() : prefill;
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Why this answer cannot be recorded for this question, if it cannot. */
    public Optional<String> answerError(String questionId, String value) {
        Optional<Question> question = question(questionId);
        if (question.isEmpty()) {
            return Optional.of("There is no question " + questionId + " on this checklist");
        }
        boolean allowed = switch (question.get().kind()) {
            case YES_NO_UNKNOWN -> List.of(ChecklistScorer.YES, ChecklistScorer.NO, ChecklistScorer.NOT_KNOWN).contains(value);
            case YES_NO -> List.of(ChecklistScorer.YES, ChecklistScorer.NO).contains(value);
            case CHOICE -> question.get().choices().stream().anyMatch(c -> c.value().equals(value));
        };
        return allowed ? Optional.empty() : Optional.of("Choose one of the answers offered");
    }

    public List<MinimumBandRule> minimumBandRules() {
        return minimumBandRules == null ? List.of() : minimumBandRules;
    }
}
