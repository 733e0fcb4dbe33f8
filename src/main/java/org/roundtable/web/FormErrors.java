package org.roundtable.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Field errors for a page: each field shows its own, and the GOV.UK error summary lists them, or a shorter list where
 * many fields fail for one reason (24 unanswered questions are one line in the summary, linking the first of them).
 */
public record FormErrors(List<FieldError> list, List<FieldError> summary) {

    /** One message per field, the first, as GOV.UK pages show it: in the summary and at the field alike. */
    public FormErrors {
        java.util.Set<String> seen = new java.util.HashSet<>();
        list = list.stream().filter(e -> seen.add(e.field())).toList();
        summary = summary == null ? list : List.copyOf(summary);
    }

    public FormErrors(List<FieldError> list) {
        this(list, null);
    }

    public static final FormErrors NONE = new FormErrors(List.of());

    public static FormErrors of(InvalidInputException e) {
        return new FormErrors(e.errors());
    }

    /**
     * The same field errors, with those whose field starts with {@code prefix} summarised as one line (where the first
     * of them stood) that links to the first of them; {@code message} says it for how many there are.
     */
    public FormErrors summarising(String prefix, IntFunction<String> message) {
        List<FieldError> grouped = list.stream().filter(e -> e.field().startsWith(prefix)).toList();
        if (grouped.size() < 2) {
            return this;
        }
        List<FieldError> shorter = new ArrayList<>();
        for (FieldError error : list) {
            if (error == grouped.get(0)) {
                shorter.add(new FieldError(error.field(), message.apply(grouped.size())));
            } else if (!grouped.contains(error)) {
                shorter.add(error);
            }
        }
        return new FormErrors(list, shorter);
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public boolean has(String field) {
        return list.stream().anyMatch(e -> e.field().equals(field));
    }

    public String message(String field) {
        return list.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse("");
    }
}
