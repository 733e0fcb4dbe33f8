package org.roundtable.web;

import java.util.List;

/** Field errors for a page: the GOV.UK error summary lists them all, each field shows its own. */
public record FormErrors(List<FieldError> list) {

    /** One message per field, the first, as GOV.UK pages show it: in the summary and at the field alike. */
    public FormErrors {
        java.util.Set<String> seen = new java.util.HashSet<>();
        list = list.stream().filter(e -> seen.add(e.field())).toList();
    }

    public static final FormErrors NONE = new FormErrors(List.of());

    public static FormErrors of(InvalidInputException e) {
        return new FormErrors(e.errors());
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
