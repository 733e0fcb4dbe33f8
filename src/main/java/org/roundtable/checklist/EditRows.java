package org.roundtable.checklist;

import java.util.List;
import java.util.Map;
import org.roundtable.checklist.ChecklistDefinition.AnswerKind;

/** The publish page's rows: each question as saved, or as typed when the page comes back with errors. */
final class EditRows {

    record ChoiceRow(String value, String label, String points, String pointsField) {
    }

    record Row(String id, String section, boolean choice, String text, String guidance, String points, List<ChoiceRow> choices,
            boolean removed) {
        public String textField() {
            return "text-" + id;
        }

        public String pointsField() {
            return "points-" + id;
        }

        public String removeField() {
            return "remove-" + id;
        }
    }

    record BandRow(Band band, String from, boolean editable) {
        public String field() {
            return "band-" + band.name();
        }
    }

    private EditRows() {
    }

    static List<Row> rows(ChecklistDefinition definition, Map<String, String> typed) {
        return definition.questions().stream().map(q -> new Row(q.id(), q.section(), q.kind() == AnswerKind.CHOICE,
                typed.getOrDefault("text-" + q.id(), q.text()),
                typed.getOrDefault("guidance-" + q.id(), q.guidance() == null ? "" : q.guidance()),
                typed.getOrDefault("points-" + q.id(), q.yesPoints() == null ? "" : String.valueOf(q.yesPoints())),
                q.choices() == null ? List.of() : q.choices().stream().map(c -> new ChoiceRow(c.value(), c.label(),
                        typed.getOrDefault("points-" + q.id() + "-" + c.value(), String.valueOf(c.points())),
                        "points-" + q.id() + "-" + c.value())).toList(),
                "true".equals(typed.get("remove-" + q.id())))).toList();
    }

    static List<BandRow> bands(ChecklistDefinition definition, Map<String, String> typed) {
        return definition.bands().stream().map(b -> new BandRow(b.band(),
                typed.getOrDefault("band-" + b.band(), String.valueOf(b.from())), b.from() != 0)).toList();
    }
}
