package org.roundtable.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks that a request record can be stored: the size and range constraints declared on it ({@code @Size} with
 * {@link Limits}, {@code @Min}, {@code @Max}, patterns), so that a page, an API call, a draft save and a submit all
 * apply the same declaration. Whether a field is required is a rule of the feature (a draft may be incomplete), so
 * presence constraints are left to the feature's own check. Field names are the JSON body's paths, such as
 * {@code victim.firstName} or {@code children[0].notes}.
 */
@ApplicationScoped
public class Checks {

    private static final Set<Class<?>> PRESENCE = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private final Validator validator;

    Checks(Validator validator) {
        this.validator = validator;
    }

    public void storable(Object request) {
        List<FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** What of this record cannot be stored, each fault named by its field path. */
    public List<FieldError> errors(Object request) {
        if (request == null) {
            return List.of();
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        return violations.stream()
                .filter(v -> !PRESENCE.contains(v.getConstraintDescriptor().getAnnotation().annotationType()))
                .map(v -> new FieldError(fieldPath(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    /** {@code children[0].notes} as Hibernate Validator writes it, without the names of container elements. */
    static String fieldPath(Path path) {
        return path.toString().replaceAll("\\.?<[a-z ]+>", "");
    }
}
