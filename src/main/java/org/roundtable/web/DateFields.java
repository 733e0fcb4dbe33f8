package org.roundtable.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** A GOV.UK date input (name-day, name-month, name-year) read from a posted form. */
public final class DateFields {

    private DateFields() {
    }

    /** The date, or null when all three parts are empty; a wrong date adds an error named after the field. */
    public static LocalDate parse(MultivaluedMap<String, String> form, String name, List<FieldError> errors) {
        return parse(form.getFirst(name + "-day"), form.getFirst(name + "-month"), form.getFirst(name + "-year"), name, errors);
    }

    /** The same, from the three parts as they came (a search's query parameters). */
    public static LocalDate parse(String dayTyped, String monthTyped, String yearTyped, String name, List<FieldError> errors) {
        String day = part(dayTyped);
        String month = part(monthTyped);
        String year = part(yearTyped);
        if (day == null && month == null && year == null) {
            return null;
        }
        if (year != null && year.matches("\\d{1,3}")) {
            errors.add(new FieldError(name, "Year must include 4 numbers, for example 1990"));
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.isAfter(LocalDate.now()) || date.getYear() < 1900) {
                errors.add(new FieldError(name, "The date must be a real date in the past"));
                return null;
            }
            return date;
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError(name, "Enter a real date, for example 27 3 1990"));
            return null;
        }
    }

    private static String part(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
