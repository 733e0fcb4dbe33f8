package org.roundtable.report.datareturn;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.user.Role;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** Administrators set the MARAC's name, the adult female population, and the national figures the summary compares with. */
@Path("/admin/marac-data-return")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.ADMIN)
public class ReturnSettingsPage {

    /** Which of the two forms a message or an error belongs to. */
    public record State(Map<String, String> settings, long settingsVersion, FormErrors settingsErrors, boolean settingsConflict,
            Map<String, String> national, long nationalVersion, FormErrors nationalErrors, boolean nationalConflict, String saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(State state);
    }

    @Inject
    ReturnSettings settings;

    @Inject
    NationalFigures national;

    @GET
    @Operation(hidden = true)
    public TemplateInstance edit(@QueryParam("saved") String saved) {
        ReturnSettings.View s = settings.get();
        NationalFigures.View n = national.get();
        return Templates.edit(new State(typed(s), s.version(), FormErrors.NONE, false, typed(n), n.version(), FormErrors.NONE, false,
                "settings".equals(saved) || "national".equals(saved) ? saved : null));
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveSettings(MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form, "maracName", "adultFemalePopulation");
        NationalFigures.View n = national.get();
        long version = Versions.fromForm(form.getFirst("version"));
        try {
            List<FieldError> errors = new ArrayList<>();
            Integer population = typed.get("adultFemalePopulation").isEmpty() ? null
                    : wholeNumber(typed.get("adultFemalePopulation"), "adultFemalePopulation", errors);
            throwIfAny(errors);
            settings.update(new ReturnSettings.Form(typed.get("maracName"), population), version);
            return Response.seeOther(URI.create("/admin/marac-data-return?saved=settings")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.edit(new State(typed, version, FormErrors.of(e), false, typed(n), n.version(),
                    FormErrors.NONE, false, null))).build();
        } catch (StaleEditException e) {
            ReturnSettings.View theirs = (ReturnSettings.View) e.current();
            return Response.status(409).entity(Templates.edit(new State(typed, theirs.version(), FormErrors.NONE, true, typed(n),
                    n.version(), FormErrors.NONE, false, null))).build();
        }
    }

    @POST
    @Path("national-figures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response saveNational(MultivaluedMap<String, String> form) {
        Map<String, String> typed = typed(form, NationalFigures.FIELDS);
        ReturnSettings.View s = settings.get();
        long version = Versions.fromForm(form.getFirst("version"));
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate yearEnding = date(typed.get("yearEnding"), errors);
            BigDecimal[] values = new BigDecimal[NationalFigures.FIELDS.length];
            for (int i = 2; i < NationalFigures.FIELDS.length; i++) {
                values[i] = decimal(typed.get(NationalFigures.FIELDS[i]), NationalFigures.FIELDS[i], errors);
            }
            throwIfAny(errors);
            national.update(new NationalFigures.Form(yearEnding, typed.get("source"), values[2], values[3], values[4], values[5],
                    values[6], values[7], values[8], values[9], values[10]), version);
            return Response.seeOther(URI.create("/admin/marac-data-return?saved=national")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.edit(new State(typed(s), s.version(), FormErrors.NONE, false, typed, version,
                    FormErrors.of(e), false, null))).build();
        } catch (StaleEditException e) {
            NationalFigures.View theirs = (NationalFigures.View) e.current();
            return Response.status(409).entity(Templates.edit(new State(typed(s), s.version(), FormErrors.NONE, false, typed,
                    theirs.version(), FormErrors.NONE, true, null))).build();
        }
    }

    private static Map<String, String> typed(ReturnSettings.View s) {
        return Map.of("maracName", s.maracName(), "adultFemalePopulation",
                s.adultFemalePopulation() == null ? "" : String.valueOf(s.adultFemalePopulation()));
    }

    private static Map<String, String> typed(NationalFigures.View n) {
        Map<String, String> typed = new HashMap<>();
        typed.put("yearEnding", n.yearEnding().toString());
        typed.put("source", n.source());
        List<BigDecimal> values = List.of(n.casesPer10kWomen(), n.recommendedCasesPer10k(), n.repeatPercent(), n.nonPolicePercent(),
                n.raciallyMinoritisedPercent(), n.lgbtPercent(), n.disabledPercent(), n.malePercent(), n.aged16To17Percent());
        for (int i = 0; i < values.size(); i++) {
            typed.put(NationalFigures.FIELDS[i + 2], values.get(i).stripTrailingZeros().toPlainString());
        }
        return typed;
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form, String... fields) {
        Map<String, String> typed = new HashMap<>();
        for (String field : fields) {
            String value = form.getFirst(field);
            typed.put(field, value == null ? "" : value.trim());
        }
        return typed;
    }

    private static Integer wholeNumber(String value, String field, List<FieldError> errors) {
        try {
            return Integer.valueOf(value.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Enter the population as a whole number, like 112400"));
            return null;
        }
    }

    private static BigDecimal decimal(String value, String field, List<FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "").replace("%", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Enter a number, like 31 or 36.1"));
            return null;
        }
    }

    private static LocalDate date(String value, List<FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("yearEnding", "Enter the last day as YYYY-MM-DD, like 2024-09-30"));
            return null;
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
