package org.roundtable.report.datareturn;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A percentage as SafeLives publishes it: 0 to 100, at most one decimal place (the column is numeric(4, 1)). */
@DecimalMin("0")
@DecimalMax("100")
@Digits(integer = 3, fraction = 1)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, METHOD, PARAMETER })
@Retention(RUNTIME)
@interface Percentage {

    String message() default "Enter a percentage from 0 to 100, with at most one decimal place, like 36.1";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
