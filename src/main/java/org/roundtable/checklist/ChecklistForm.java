package org.roundtable.checklist;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roundtable.checklist.ChecklistDefinition.AnswerKind;
import org.roundtable.checklist.ChecklistDefinition.BandThreshold;
import org.roundtable.checklist.ChecklistDefinition.Choice;
import org.roundtable.checklist.ChecklistDefinition.Question;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

/**
 * Reads the "publish a new version" page: each question's wording, guidance and points, the band thresholds,
 * questions to remove, and one new yes or no question. Field names carry the question id ("text-injury").
 */
final class ChecklistForm {

    private ChecklistForm() {
    }

    static PublishRequest read(ChecklistDefinition current, MultivaluedMap<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (Question q : current.questions()) {
            if ("true".equals(form.getFirst("remove-" + q.id()))) {
                // A scoring rule that names the question would silently stop applying: the rule goes first, through the API.
                current.minimumBandRules().stream().filter(r -> r.allYes().contains(q.id())).findFirst().ifPresent(rule -> errors.add(
                        new FieldError("remove-" + q.id(), "This question is part of a scoring rule (" + rule.explanation()
                                + ") and cannot be removed here")));
                continue;
            }
            String text = value(form, "text-" + q.id());
            String guidance = value(form, "guidance-" + q.id());
            if (q.kind() == AnswerKind.CHOICE) {
                List<Choice> choices = q.choices().stream().map(c -> new Choice(c.value(), c.label(),
                        number(form, "points-" + q.id() + "-" + c.value(), errors))).toList();
                questions.add(new Question(q.id(), q.section(), text, guidance.isEmpty() ? null : guidance, q.kind(), null, choices));
            } else {
                questions.add(new Question(q.id(), q.section(), text, guidance.isEmpty() ? null : guidance, q.kind(),
                        number(form, "points-" + q.id(), errors), null));
            }
        }
        String newText = value(form, "newText");
        if (newText.isEmpty() && !value(form, "newPoints").isEmpty()) {
            errors.add(new FieldError("newText", "Enter the new question's wording, or leave its points empty"));
        }
        if (!newText.isEmpty()) {
            AnswerKind kind = current.questions().get(0).kind() == AnswerKind.YES_NO_UNKNOWN ? AnswerKind.YES_NO_UNKNOWN : AnswerKind.YES_NO;
            questions.add(new Question(newId(current, newText), value(form, "newSection"), newText, null, kind,
                    number(form, "newPoints", errors), null));
        }
        List<BandThreshold> bands = new ArrayList<>();
        for (BandThreshold band : current.bands()) {
            bands.add(band.from() == 0 ? band : new BandThreshold(band.band(), number(form, "band-" + band.band(), errors)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var definition = current.withEdits(questions, bands, current.minimumBandRules());
        if (definition.equals(current)) {
            throw new InvalidInputException("changeNote", "Nothing has changed: edit a question, its points or a band before publishing");
        }
        Integer basedOn = null;
        try {
            basedOn = Integer.valueOf(value(form, "basedOnVersion"));
        } catch (NumberFormatException e) {
            // reported by the service as a missing version
        }
        return new PublishRequest(basedOn, value(form, "changeNote"), definition);
    }

    /** Names the page's field for an error the service reports against the definition. */
    static FieldError toPageField(FieldError error, ChecklistDefinition submitted) {
        var matcher = java.util.regex.Pattern.compile("definition\\.questions\\[(\\d+)]\\.(\\w+)").matcher(error.field());
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            String id = index < submitted.questions().size() ? submitted.questions().get(index).id() : "new";
            String prefix = matcher.group(2).equals("yesPoints") || matcher.group(2).equals("choices") ? "points" : "text";
            return new FieldError(prefix + "-" + id, error.message());
        }
        if (error.field().startsWith("definition.bands")) {
            return new FieldError("band-MEDIUM", error.message());
        }
        return error;
    }

    /** What was typed, so that the page shows it again with errors. */
    static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new TreeMap<>();
        form.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
        return typed;
    }

    private static String newId(ChecklistDefinition current, String text) {
        String slug = text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = slug.isEmpty() ? "question" : slug.substring(0, Math.min(30, slug.length())).replaceAll("-$", "");
        java.util.Set<String> taken = new java.util.HashSet<>(current.questions().stream().map(Question::id).toList());
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static int number(MultivaluedMap<String, String> form, String field, List<FieldError> errors) {
        try {
            return Integer.parseInt(value(form, field));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, field.startsWith("band-") ? "Enter the score this band starts at, as a whole number"
                    : "Enter points as a whole number, like 2"));
            return 0;
        }
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.trim();
    }
}
