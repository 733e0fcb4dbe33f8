package org.roundtable.contact;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.web.DateFields;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

/**
 * The contact form of the pages: reads what was typed into a {@link ContactForm} (field errors named after the first
 * input of each group, as the GOV.UK error summary links them), and keeps what was typed to show it again.
 */
public final class ContactFormFields {

    /** The choices each group of radios or checkboxes offers, for the templates. */
    public record Options(List<Choices.Method> methods, List<Choices.Outcome> outcomes, List<Choices.Service> services,
            List<Choices.RiskView> riskViews, List<Choices.Consent> consents) {
    }

    static final Options OPTIONS = new Options(List.of(Choices.Method.values()), List.of(Choices.Outcome.values()),
            List.of(Choices.Service.values()), List.of(Choices.RiskView.values()), List.of(Choices.Consent.values()));

    private static final List<String> TEXT = List.of("occurredAt-day", "occurredAt-month", "occurredAt-year", "occurredAtTime", "method",
            "outcome", "safetyPlanning", "victimRiskView", "victimRiskWords", "consent");

    private ContactFormFields() {
    }

    /** What was typed, by field name; services as a list. */
    public record Typed(Map<String, String> values, List<String> services) {

        String get(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean is(String field, Object value) {
            return String.valueOf(value).equals(values.get(field));
        }

        public String text(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean hasService(Object service) {
            return services.contains(String.valueOf(service));
        }
    }

    static Typed typed(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        for (String field : TEXT) {
            String value = form.getFirst(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        List<String> services = form.get("services") == null ? List.of() : List.copyOf(form.get("services"));
        return new Typed(values, services);
    }

    static Typed empty() {
        return new Typed(Map.of(), List.of());
    }

    static Typed of(ContactEntryView entry) {
        Map<String, String> values = new HashMap<>();
        var at = entry.occurredAt().atZone(WorkingDays.LONDON);
        values.put("occurredAt-day", String.valueOf(at.getDayOfMonth()));
        values.put("occurredAt-month", String.valueOf(at.getMonthValue()));
        values.put("occurredAt-year", String.valueOf(at.getYear()));
        values.put("occurredAtTime", String.format("%02d:%02d", at.getHour(), at.getMinute()));
        values.put("method", entry.method().name());
        values.put("outcome", entry.outcome().name());
        putIfPresent(values, "safetyPlanning", entry.safetyPlanning());
        putIfPresent(values, "victimRiskView", entry.victimRiskView() == null ? null : entry.victimRiskView().name());
        putIfPresent(values, "victimRiskWords", entry.victimRiskWords());
        putIfPresent(values, "consent", entry.consent() == null ? null : entry.consent().name());
        return new Typed(values, entry.services().stream().map(Enum::name).toList());
    }

    private static void putIfPresent(Map<String, String> values, String field, String value) {
        if (value != null) {
            values.put(field, value);
        }
    }

    /** The form as the service takes it; a value that is not one of the choices, or a date or time that is not real, is a field error. */
    static ContactForm read(MultivaluedMap<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = DateFields.parse(form, "occurredAt", errors);
        String time = form.getFirst("occurredAtTime") == null ? "" : form.getFirst("occurredAtTime").trim();
        OffsetDateTime occurredAt = null;
        if (day == null && errors.isEmpty()) {
            errors.add(new FieldError("occurredAt", "Enter the date of the contact"));
        } else if (day != null) {
            LocalTime at = time(time, errors);
            if (at != null) {
                occurredAt = day.atTime(at).atZone(WorkingDays.LONDON).toOffsetDateTime();
            }
        }
        Choices.Method method = choice(Choices.Method.class, form.getFirst("method"), "method", errors);
        Choices.Outcome outcome = choice(Choices.Outcome.class, form.getFirst("outcome"), "outcome", errors);
        List<Choices.Service> services = new ArrayList<>();
        for (String service : form.get("services") == null ? List.<String>of() : form.get("services")) {
            Choices.Service chosen = choice(Choices.Service.class, service, "services", errors);
            if (chosen != null && !services.contains(chosen)) {
                services.add(chosen);
            }
        }
        Choices.RiskView riskView = choice(Choices.RiskView.class, form.getFirst("victimRiskView"), "victimRiskView", errors);
        Choices.Consent consent = choice(Choices.Consent.class, form.getFirst("consent"), "consent", errors);
        if (method == null && errors.stream().noneMatch(e -> e.field().equals("method"))) {
            errors.add(new FieldError("method", "Choose how you made contact"));
        }
        if (outcome == null && errors.stream().noneMatch(e -> e.field().equals("outcome"))) {
            errors.add(new FieldError("outcome", "Choose the outcome"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ContactForm(occurredAt, method, outcome, form.getFirst("safetyPlanning"), services, riskView,
                form.getFirst("victimRiskWords"), consent);
    }

    private static LocalTime time(String typed, List<FieldError> errors) {
        if (typed.isEmpty()) {
            errors.add(new FieldError("occurredAtTime", "Enter the time of the contact, for example 14:05"));
            return null;
        }
        if (!typed.matches("([01]?\\d|2[0-3])[:.][0-5]\\d")) {
            errors.add(new FieldError("occurredAtTime", "Enter a real time on the 24-hour clock, for example 14:05"));
            return null;
        }
        String[] parts = typed.split("[:.]");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** An enum value by name; empty is null (the service says whether it is required), anything else is a field error. */
    static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, List<FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Choose one of the options"));
            return null;
        }
    }
}
