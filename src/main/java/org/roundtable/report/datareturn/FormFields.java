package org.roundtable.report.datareturn;

import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

/** The checks the return's settings share: their declared rules, reported in the order the form shows its fields. */
final class FormFields {

    private FormFields() {
    }

    static void validate(Validator validator, Object form, String... fieldOrder) {
        if (form == null) {
            throw new InvalidInputException("body", "Send the settings as JSON");
        }
        List<String> order = Arrays.asList(fieldOrder);
        List<FieldError> errors = validator.validate(form).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparingInt(e -> order.indexOf(e.field())))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : (Instant) value;
    }
}
