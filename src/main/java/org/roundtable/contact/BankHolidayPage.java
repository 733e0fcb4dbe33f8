package org.roundtable.contact;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.user.Role;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;

/** Administrators add the coming years' bank holidays, which working days skip. */
@Path("/admin/bank-holidays")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class BankHolidayPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance holidays(List<BankHolidays.View> holidays, Map<String, String> typed, FormErrors errors, String added);
    }

    private final BankHolidays holidays;

    BankHolidayPage(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("added") String added) {
        return Templates.holidays(holidays.list(), Map.of(), FormErrors.NONE, added);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new java.util.HashMap<>();
        for (String field : List.of("day-day", "day-month", "day-year", "name")) {
            typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate day = futureOrPast(form, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            holidays.add(new BankHolidays.NewHoliday(day, form.getFirst("name")));
            return Response.seeOther(URI.create("/admin/bank-holidays?added=" + day)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.holidays(holidays.list(), typed, FormErrors.of(e), null)).build();
        } catch (IllegalStateChangeException e) {
            return Response.status(409).entity(Templates.holidays(holidays.list(), typed,
                    new FormErrors(List.of(new FieldError("day", e.getMessage()))), null)).build();
        }
    }

    /** Bank holidays are mostly in the future, so the date input is read without the usual "in the past" rule. */
    private static LocalDate futureOrPast(MultivaluedMap<String, String> form, List<FieldError> errors) {
        String day = form.getFirst("day-day");
        String month = form.getFirst("day-month");
        String year = form.getFirst("day-year");
        if ((day == null || day.isBlank()) && (month == null || month.isBlank()) && (year == null || year.isBlank())) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (RuntimeException e) {
            errors.add(new FieldError("day", "Enter a real date, for example 3 1 2028"));
            return null;
        }
    }
}
