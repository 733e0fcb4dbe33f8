package org.roundtable.conference;

import java.util.List;
import java.util.UUID;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;

/**
 * Field errors on the chair's page, which holds the same form once per case: each field is named after its case
 * ("description-{case}") so the error summary links to the right one.
 */
public record RunErrors(FormErrors errors) {

    static final RunErrors NONE = new RunErrors(FormErrors.NONE);

    static RunErrors of(InvalidInputException e, UUID item) {
        return new RunErrors(new FormErrors(e.errors().stream()
                .map(error -> item == null ? error : new FieldError(error.field() + "-" + item, error.message())).toList()));
    }

    public boolean any() {
        return errors.any();
    }

    public List<FieldError> list() {
        return errors.list();
    }

    /** What the shared error summary lists. */
    public List<FieldError> summary() {
        return errors.summary();
    }

    public boolean has(Object item, String field) {
        return errors.has(field + "-" + item);
    }

    public String message(Object item, String field) {
        return errors.message(field + "-" + item);
    }

    public boolean hasField(String field) {
        return errors.has(field);
    }

    public String messageOf(String field) {
        return errors.message(field);
    }
}
