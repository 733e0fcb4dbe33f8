package org.roundtable.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneId;

/** A date of birth between 1 January 1900 and today (Europe/London): anything else is a typing mistake. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDateOfBirth.Check.class)
public @interface PlausibleDateOfBirth {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    String message() default "Date of birth must be in the past, and after 1900";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleDateOfBirth, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now(ZoneId.of("Europe/London"))));
        }
    }
}
