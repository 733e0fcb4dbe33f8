package org.roundtable.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A page form's fields as typed (first value of each), and a GOV.UK date input (name-day, -month, -year) read from them. */
public final class FormValues {

    private FormValues() {
    }

    public static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((k, v) -> typed.put(k, v.isEmpty() || v.get(0) == null ? "" : v.get(0)));
        return typed;
    }

    /** Any real date (past or future: the service decides which are allowed); null when all three parts are empty. */
    public static LocalDate date(Map<String, String> typed, String name, List<FieldError> errors) {
        String day = typed.getOrDefault(name + "-day", "").trim();
        String month = typed.getOrDefault(name + "-month", "").trim();
        String year = typed.getOrDefault(name + "-year", "").trim();
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError(name, "Enter a real date, for example 3 12 2026"));
            return null;
        }
    }
}
