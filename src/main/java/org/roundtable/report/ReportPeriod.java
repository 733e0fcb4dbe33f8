package org.roundtable.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

/**
 * The dates a report covers, both days included, read as Europe/London calendar days: a referral made at 23:30 on
 * the last day of a quarter belongs to that quarter. Queries compare timestamps with {@link #startsAt()} (inclusive)
 * and {@link #endsBefore()} (exclusive), and dates with {@code between from and to}.
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Ten years is more than any board asks for and keeps a mistyped year from scanning the whole database. */
    static final int MAX_DAYS = 3700;

    public Instant startsAt() {
        return from.atStartOfDay(LONDON).toInstant();
    }

    public Instant endsBefore() {
        return to.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), month.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.UK) + " " + month.getYear());
    }

    /** Calendar quarters: Q1 is January to March. */
    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReportPeriod(from, from.plusMonths(3).minusDays(1), "Q" + quarter + " " + year);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), String.valueOf(year));
    }

    public static ReportPeriod between(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to, from + " to " + to);
    }

    /**
     * Reads the period from query or form parameters: {@code period} is month ({@code month=2026-11}), quarter
     * ({@code year=2026&quarter=3}), year ({@code year=2026}) or custom ({@code from=2026-01-01&to=2026-03-31}).
     * Without {@code period}, the quarter holding {@code today}. Bad values are field errors, never a 500.
     */
    public static ReportPeriod parse(String period, String year, String quarter, String month, String from, String to, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String kind = blank(period) ? "quarter" : period.trim();
        ReportPeriod parsed = switch (kind) {
            case "month" -> {
                YearMonth value = blank(month) ? YearMonth.from(today) : yearMonth(month, errors);
                yield value == null ? null : month(value);
            }
            case "quarter" -> {
                Integer y = blank(year) ? Integer.valueOf(today.getYear()) : number(year, "year", 2000, 2100, "Year must be between 2000 and 2100", errors);
                Integer q = blank(quarter) ? Integer.valueOf((today.getMonthValue() - 1) / 3 + 1)
                        : number(quarter, "quarter", 1, 4, "Quarter must be 1, 2, 3 or 4", errors);
                yield y == null || q == null ? null : quarter(y, q);
            }
            case "year" -> {
                Integer y = blank(year) ? Integer.valueOf(today.getYear()) : number(year, "year", 2000, 2100, "Year must be between 2000 and 2100", errors);
                yield y == null ? null : year(y);
            }
            case "custom" -> {
                LocalDate start = date(from, "from", "Enter the first day as YYYY-MM-DD", errors);
                LocalDate end = date(to, "to", "Enter the last day as YYYY-MM-DD", errors);
                if (start != null && end != null && end.isBefore(start)) {
                    errors.add(new FieldError("to", "The last day must be the same as or after the first day"));
                } else if (start != null && end != null && start.plusDays(MAX_DAYS).isBefore(end)) {
                    errors.add(new FieldError("to", "A custom period can be at most ten years"));
                }
                yield start == null || end == null ? null : between(start, end);
            }
            default -> {
                errors.add(new FieldError("period", "Choose month, quarter, year or custom"));
                yield null;
            }
        };
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Integer number(String value, String field, int min, int max, String message, List<FieldError> errors) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, message));
        return null;
    }

    private static YearMonth yearMonth(String value, List<FieldError> errors) {
        try {
            YearMonth parsed = YearMonth.parse(value.trim());
            if (parsed.getYear() >= 2000 && parsed.getYear() <= 2100) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError("month", "Enter the month as YYYY-MM, for example 2026-11"));
        return null;
    }

    private static LocalDate date(String value, String field, String message, List<FieldError> errors) {
        if (!blank(value)) {
            try {
                LocalDate parsed = LocalDate.parse(value.trim());
                if (parsed.getYear() >= 2000 && parsed.getYear() <= 2100) {
                    return parsed;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(new FieldError(field, message));
        return null;
    }
}
