package org.roundtable.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dates of birth one typing slip away from an entered one: one digit of YYYYMMDD different (which covers a year
 * off by ten) or the year off by one. Intake takes a mistyped date as long as it is a past date after 1900, so a
 * lookup looks for these (with a same-sounding name) as well as the date typed.
 */
final class DateSlips {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 1, 1);

    private DateSlips() {
    }

    static List<LocalDate> of(LocalDate dob) {
        if (dob == null) {
            return List.of();
        }
        Set<LocalDate> slips = new LinkedHashSet<>();
        char[] digits = String.format("%04d%02d%02d", dob.getYear(), dob.getMonthValue(), dob.getDayOfMonth()).toCharArray();
        for (int position = 0; position < digits.length; position++) {
            char typed = digits[position];
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != typed) {
                    digits[position] = digit;
                    date(new String(digits)).ifPresent(slips::add);
                }
            }
            digits[position] = typed;
        }
        slips.add(dob.minusYears(1));
        slips.add(dob.plusYears(1));
        slips.remove(dob);
        return slips.stream().filter(d -> !d.isBefore(EARLIEST) && d.isBefore(LATEST)).toList();
    }

    private static java.util.Optional<LocalDate> date(String yyyymmdd) {
        try {
            return java.util.Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6))));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
