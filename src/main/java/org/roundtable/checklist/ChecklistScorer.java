package org.roundtable.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.roundtable.checklist.ChecklistDefinition.AnswerKind;
import org.roundtable.checklist.ChecklistDefinition.BandThreshold;
import org.roundtable.checklist.ChecklistDefinition.MinimumBandRule;
import org.roundtable.checklist.ChecklistDefinition.Question;

/** Scores answers on a checklist definition. Pure: the same definition and answers always give the same score. */
public final class ChecklistScorer {

    public static final String YES = "YES";
    public static final String NO = "NO";
    public static final String NOT_KNOWN = "NOT_KNOWN";

    private ChecklistScorer() {
    }

    /** Answers are question id to YES, NO, NOT_KNOWN or a choice's value; unanswered questions score nothing. */
    public static Score score(ChecklistDefinition definition, Map<String, String> answers) {
        int total = 0;
        int yesCount = 0;
        for (Question question : definition.questions()) {
            String answer = answers.get(question.id());
            if (answer == null) {
                continue;
            }
            if (question.kind() == AnswerKind.CHOICE) {
                total += question.choices().stream().filter(c -> c.value().equals(answer)).mapToInt(c -> c.points()).sum();
            } else if (YES.equals(answer)) {
                yesCount++;
                total += question.yesPoints() == null ? 0 : question.yesPoints();
            }
        }
        List<String> reasons = new ArrayList<>();
        Band band = bandFor(definition.bands(), total);
        reasons.add("Total " + total + ": " + band.label().toLowerCase() + " band");
        for (MinimumBandRule rule : definition.minimumBandRules()) {
            boolean applies = rule.allYes().stream().allMatch(id -> YES.equals(answers.get(id)));
            if (applies && rule.band().compareTo(band) > 0) {
                band = rule.band();
                reasons.add(rule.explanation());
            }
        }
        Boolean eligible = null;
        if (definition.eligibility() != null) {
            var eligibility = definition.eligibility();
            eligible = eligibility.allYes().stream().allMatch(id -> YES.equals(answers.get(id)))
                    && eligibility.anyYes().stream().anyMatch(id -> YES.equals(answers.get(id)));
            reasons.add(eligible ? "Meets the referral criteria" : "Does not meet the referral criteria");
        }
        return new Score(total, band, eligible, yesCount, reasons);
    }

    static Band bandFor(List<BandThreshold> bands, int total) {
        return bands.stream().filter(b -> b.from() <= total).max(Comparator.comparingInt(BandThreshold::from))
                .map(BandThreshold::band).orElse(Band.STANDARD);
    }
}
