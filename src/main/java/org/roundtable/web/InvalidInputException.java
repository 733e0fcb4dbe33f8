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

    public List<FieldError> errors() {
        return errors;
    }
}
