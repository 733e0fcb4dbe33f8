package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.common.util.MultivaluedTreeMap;
import org.junit.jupiter.api.Test;

class DateFieldsTest {

    private static LocalDate parse(String day, String month, String year, List<FieldError> errors) {
        MultivaluedTreeMap<String, String> form = new MultivaluedTreeMap<>();
        form.putSingle("dob-day", day);
        form.putSingle("dob-month", month);
        form.putSingle("dob-year", year);
        return DateFields.parse(form, "dob", errors);
    }

    @Test
    void aTwoDigitYearIsNamedAsSuch() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(parse("14", "6", "88", errors));
        assertEquals(List.of(new FieldError("dob", "Year must include 4 numbers, for example 1990")), errors);
    }

    @Test
    void aRealPastDateIsRead() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(LocalDate.of(1988, 6, 14), parse("14", "06", "1988", errors));
        assertEquals(List.of(), errors);
    }

    @Test
    void theThirtyFirstOfFebruaryIsNotADate() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(parse("31", "2", "1990", errors));
        assertEquals(List.of(new FieldError("dob", "Enter a real date, for example 27 3 1990")), errors);
    }
}
