package org.roundtable.trigger;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.user.Role;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** Administrators switch the Community Trigger rules on and off. */
@Path("/admin/community-trigger")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.ADMIN)
public class TriggerRulesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(TriggerRulesView rules, Map<String, String> typed, String version, FormErrors errors,
                TriggerRulesView theirs, boolean saved);
    }

    private static final String YES = "yes";
    private static final String NO = "no";

    private final CommunityTriggerRules rules;

    TriggerRulesPage(CommunityTriggerRules rules) {
        this.rules = rules;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@QueryParam("saved") String saved) {
        TriggerRulesView current = rules.get();
        return Templates.rules(current, typed(current), String.valueOf(current.version()), FormErrors.NONE, null, saved != null);
    }

    @POST
    @Operation(hidden = true)
    public Response save(@RestForm String complaintsRule, @RestForm String sameProblemRule, @RestForm String sameProblemReporters,
            @RestForm String sameProblemMonths, @RestForm String hateIncidentRule, @RestForm String version) {
        Map<String, String> typed = new HashMap<>();
        typed.put("complaintsRule", trimmed(complaintsRule));
        typed.put("sameProblemRule", trimmed(sameProblemRule));
        typed.put("sameProblemReporters", trimmed(sameProblemReporters));
        typed.put("sameProblemMonths", trimmed(sameProblemMonths));
        typed.put("hateIncidentRule", trimmed(hateIncidentRule));
        try {
            long expected = Versions.fromForm(version);
            rules.update(form(typed), expected);
            return Response.seeOther(URI.create("/admin/community-trigger?saved")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.rules(rules.get(), typed, trimmed(version), FormErrors.of(e), null, false)).build();
        } catch (StaleEditException e) {
            TriggerRulesView theirs = (TriggerRulesView) e.current();
            return Response.status(409).entity(Templates.rules(theirs, typed, String.valueOf(theirs.version()), FormErrors.NONE, theirs, false))
                    .build();
        }
    }

    private static TriggerRulesForm form(Map<String, String> typed) {
        List<FieldError> errors = new ArrayList<>();
        Boolean complaints = yesNo(typed, "complaintsRule", "Say whether the complaints rule is used", errors);
        Boolean sameProblem = yesNo(typed, "sameProblemRule", "Say whether the same-problem rule is used", errors);
        Integer reporters = number(typed, "sameProblemReporters", errors);
        Integer months = number(typed, "sameProblemMonths", errors);
        Boolean hate = yesNo(typed, "hateIncidentRule", "Say whether the hate incident rule is used", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TriggerRulesForm(complaints, sameProblem, reporters, months, hate);
    }

    private static Boolean yesNo(Map<String, String> typed, String field, String message, List<FieldError> errors) {
        String value = typed.get(field);
        if (YES.equals(value) || NO.equals(value)) {
            return YES.equals(value);
        }
        errors.add(new FieldError(field, message));
        return null;
    }

    private static Integer number(Map<String, String> typed, String field, List<FieldError> errors) {
        String value = typed.get(field);
        if (value.matches("\\d{1,4}")) {
            return Integer.valueOf(value);
        }
        errors.add(new FieldError(field, value.isEmpty() ? "Enter a number" : "Enter a whole number"));
        return null;
    }

    private static Map<String, String> typed(TriggerRulesView r) {
        return Map.of("complaintsRule", r.complaintsRule() ? YES : NO, "sameProblemRule", r.sameProblemRule() ? YES : NO,
                "sameProblemReporters", String.valueOf(r.sameProblemReporters()), "sameProblemMonths", String.valueOf(r.sameProblemMonths()),
                "hateIncidentRule", r.hateIncidentRule() ? YES : NO);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
