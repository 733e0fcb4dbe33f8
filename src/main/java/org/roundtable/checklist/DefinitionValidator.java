package org.roundtable.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.roundtable.checklist.ChecklistDefinition.AnswerKind;
import org.roundtable.checklist.ChecklistDefinition.BandThreshold;
import org.roundtable.checklist.ChecklistDefinition.Question;
import org.roundtable.web.FieldError;

/** Checks a checklist definition before it is published, naming each field that is wrong. */
final class DefinitionValidator {

    static final int MAX_POINTS = 100;

    private DefinitionValidator() {
    }

    static List<FieldError> errors(ChecklistDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        if (definition == null || definition.questions() == null || definition.questions().isEmpty()) {
            errors.add(new FieldError("definition.questions", "A checklist needs at least one question"));
            return errors;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < definition.questions().size(); i++) {
            Question q = definition.questions().get(i);
            String field = "definition.questions[" + i + "]";
            if (q.id() == null || !q.id().matches("[a-z0-9-]{1,40}")) {
                errors.add(new FieldError(field + ".id", "Question " + (i + 1) + " needs an id of lower-case letters, numbers and hyphens"));
            } else if (!ids.add(q.id())) {
                errors.add(new FieldError(field + ".id", "Question " + (i + 1) + " repeats the id " + q.id()));
            }
            if (q.text() == null || q.text().isBlank()) {
                errors.add(new FieldError(field + ".text", "Enter the wording of question " + (i + 1)));
            }
            if (q.kind() == null) {
                errors.add(new FieldError(field + ".kind", "Choose how question " + (i + 1) + " is answered"));
            } else if (q.kind() == AnswerKind.CHOICE) {
                if (q.choices() == null || q.choices().size() < 2) {
                    errors.add(new FieldError(field + ".choices", "Question " + (i + 1) + " needs at least two choices"));
                } else if (q.choices().stream().anyMatch(c -> c.points() < 0 || c.points() > MAX_POINTS)) {
                    errors.add(new FieldError(field + ".choices", "Points for question " + (i + 1) + " must be 0 to " + MAX_POINTS));
                }
            } else if (q.yesPoints() == null || q.yesPoints() < 0 || q.yesPoints() > MAX_POINTS) {
                errors.add(new FieldError(field + ".yesPoints", "Points for a yes to question " + (i + 1) + " must be 0 to " + MAX_POINTS));
            }
        }
        errors.addAll(bandErrors(definition.bands()));
        for (var rule : definition.minimumBandRules()) {
            if (rule.allYes() == null || !ids.containsAll(rule.allYes())) {
                errors.add(new FieldError("definition.minimumBandRules", "A band rule names a question that is not in the checklist"));
            }
        }
        if (definition.eligibility() != null) {
            var e = definition.eligibility();
            if (e.allYes() == null || e.anyYes() == null || !ids.containsAll(e.allYes()) || !ids.containsAll(e.anyYes())) {
                errors.add(new FieldError("definition.eligibility", "The eligibility rule names a question that is not in the checklist"));
            }
        }
        errors.addAll(triageErrors(definition, ids));
        return errors;
    }

    private static List<FieldError> triageErrors(ChecklistDefinition definition, Set<String> ids) {
        List<FieldError> errors = new ArrayList<>();
        if (definition.routes() != null && definition.bands() != null) {
            for (BandThreshold band : definition.bands()) {
                if (definition.routeFor(band.band()).filter(text -> !text.isBlank()).isEmpty()) {
                    errors.add(new FieldError("definition.routes", "Say which route the " + band.band().label().toLowerCase()
                            + " band recommends"));
                }
            }
        }
        if (!ids.containsAll(definition.vulnerabilityQuestions())) {
            errors.add(new FieldError("definition.vulnerabilityQuestions", "A vulnerability question is not in the checklist"));
        }
        if (!ids.containsAll(definition.prefill().keySet())) {
            errors.add(new FieldError("definition.prefill", "A pre-filled answer comes from a question that is not in the checklist"));
        }
        return errors;
    }

    private static List<FieldError> bandErrors(List<BandThreshold> bands) {
        if (bands == null || bands.isEmpty() || bands.get(0).from() != 0 || bands.get(0).band() != Band.STANDARD) {
            return List.of(new FieldError("definition.bands", "Bands must start with standard from 0"));
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).band() == null || bands.get(i).band().compareTo(bands.get(i - 1).band()) <= 0) {
                return List.of(new FieldError("definition.bands", "Bands must go from standard to medium to high"));
            }
            if (bands.get(i).from() <= bands.get(i - 1).from()) {
                return List.of(new FieldError("definition.bands[" + i + "].from",
                        "The " + bands.get(i).band().label().toLowerCase() + " band must start above "
                                + bands.get(i - 1).from()));
            }
        }
        return List.of();
    }
}
