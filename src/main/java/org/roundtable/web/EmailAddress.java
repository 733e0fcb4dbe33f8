package org.roundtable.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one email check of Roundtable, for every email field on pages and in the API: something before a single @,
 * and after it a domain with a dot (name@example.com), no spaces. Blank means "no email" and passes. The message
 * says what is wrong, never repeating what was typed (messages reach logs and problem responses).
 * Forms use the annotation; a rule outside bean validation calls {@link Check#problem}.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({ FIELD, METHOD, PARAMETER })
@Retention(RUNTIME)
public @interface EmailAddress {

    /** Unused: the message is built from what is wrong ({@link Check#problem}). */
    String message() default "";

    /** How the message names the field, at the start of a sentence: "Email address", "Contact email". */
    String subject() default "Email address";

    /** An address of the kind the field expects, for the message. */
    String example() default "name@example.com";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself, shared by the annotation and the rules that are not bean validation. */
    final class Check implements ConstraintValidator<EmailAddress, String> {

        private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
        private static final Pattern SPACE_OR_CONTROL = Pattern.compile("[\\s\\p{Cntrl}\\p{Z}]");

        private String subject = "Email address";
        private String example = "name@example.com";

        @Override
        public void initialize(EmailAddress annotation) {
            subject = annotation.subject();
            example = annotation.example();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Optional<String> problem = problem(value, subject, example);
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // Escaped so that the message interpolator reads it as text, whatever it holds.
            context.buildConstraintViolationWithTemplate(problem.get().replace("\\", "\\\\").replace("{", "\\{")
                    .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
            return false;
        }

        /** What is wrong with the address, or nothing when it is fine or blank (surrounding spaces do not count). */
        public static Optional<String> problem(String value, String subject, String example) {
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            String address = value.strip();
            String like = ", like " + example;
            if (SPACE_OR_CONTROL.matcher(address).find()) {
                return Optional.of(subject + " must not contain spaces" + like);
            }
            int at = address.indexOf('@');
            if (at < 0) {
                return Optional.of(subject + " must include an @" + like);
            }
            if (address.indexOf('@', at + 1) >= 0) {
                return Optional.of(subject + " must include only one @" + like);
            }
            if (at == 0) {
                return Optional.of(subject + " must have a name before the @" + like);
            }
            String domain = address.substring(at + 1);
            if (domain.isEmpty()) {
                return Optional.of(subject + " must have a domain after the @" + like);
            }
            if (!domain.contains(".")) {
                return Optional.of(subject + " must have a dot in the domain after the @" + like);
            }
            if (!DOMAIN.matcher(domain).matches()) {
                return Optional.of(subject + " must have a domain of letters, numbers, hyphens and single dots after the @" + like);
            }
            return Optional.empty();
        }

        /** As {@link #problem(String, String, String)}, with the usual example. */
        public static Optional<String> problem(String value, String subject) {
            return problem(value, subject, "name@example.com");
        }
    }
}
