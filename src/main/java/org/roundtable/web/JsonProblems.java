package org.roundtable.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

/** A request body that could not be read, as a problem that names the field and where in the body it went wrong. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JsonProcessingException e) {
        String where = where(e.getLocation());
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return problem("The request body is not valid JSON" + where + ".", "body", "Send valid JSON: " + shortReason(e));
        }
        return problem("The request body could not be read" + where + ".", path(mapping), message(mapping));
    }

    private static Problem problem(String detail, String field, String message) {
        return new Problem("about:blank", "Your input has problems", 400, detail, List.of(new FieldError(field, message)), null);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "There is no field " + unknown.getPropertyName() + " here: remove it";
        }
        if (e instanceof InvalidNullException) {
            return "Give a value here, not null";
        }
        if (TextRules.MESSAGE.equals(e.getOriginalMessage())) {
            return TextRules.MESSAGE;
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) e).getTargetType();
            return expected(target);
        }
        return "This value is not valid here";
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "This value is not valid here";
        }
        if (target.isEnum()) {
            return "Use one of: " + String.join(", ", java.util.Arrays.stream(target.getEnumConstants()).map(String::valueOf).toList());
        }
        if (target == String.class) {
            return "Must be text (a JSON string)";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "Must be true or false";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "Must be a whole number within range";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "Must be a date written as text, like \"2026-12-24\"";
        }
        if (target == UUID.class) {
            return "Must be an id like \"3f2c0c8e-6f1a-4d2b-9c1e-2b7f9d0a1e55\"";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "Must be a list";
        }
        return "Must be an object with the documented fields";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String shortReason(JsonProcessingException e) {
        String reason = e.getOriginalMessage();
        if (reason == null) {
            return "it could not be parsed";
        }
        int newline = reason.indexOf('\n');
        reason = newline < 0 ? reason : reason.substring(0, newline);
        return reason.length() > 200 ? reason.substring(0, 200) : reason;
    }
}
