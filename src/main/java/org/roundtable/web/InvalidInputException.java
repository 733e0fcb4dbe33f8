package org.roundtable.web;

import java.util.List;

/** Input that cannot be saved, with a message per field. Nothing has been written when this is thrown. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** The same errors under the names a different form uses (the API body's, where a page named its fields apart). */
    public InvalidInputException renamed(java.util.Map<String, String> pageToBody) {
        return new InvalidInputException(errors().stream()
                .map(e -> new FieldError(pageToBody.getOrDefault(e.field(), e.field()), e.message())).toList());
    }

    public List<FieldError> errors() {
        return errors;
    }
}
