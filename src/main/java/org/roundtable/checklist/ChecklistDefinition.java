package org.roundtable.checklist;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The content of one checklist version: its questions with their weights, the band thresholds, rules that raise
 * a band, and (for eligibility checklists such as SARAC's) which answers make a case eligible.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChecklistDefinition(Scoring scoring, List<Question> questions, List<BandThreshold> bands,
        List<MinimumBandRule> minimumBandRules, Eligibility eligibility) {

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

    public List<MinimumBandRule> minimumBandRules() {
        return minimumBandRules == null ? List.of() : minimumBandRules;
    }
}
