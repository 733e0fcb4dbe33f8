package org.roundtable.checklist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.Role;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;

/** Administrators set each conference kind's thresholds. */
@Path("/admin/settings")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.ADMIN)
public class SettingsPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance settings(List<SettingsView> settings, String saved);

        static native TemplateInstance edit(ConferenceKind kind, Map<String, String> typed, long version, FormErrors errors,
                SettingsView theirs);
    }

    static final List<String> FIELDS = List.of("escalationIncidents", "escalationMonths", "repeatWindowMonths", "repeatAnchor",
            "repeatSamePerpetrator", "communityTriggerComplaints", "communityTriggerMonths", "agendaCap");

    private static final List<String> NUMBERS = FIELDS.stream().filter(f -> !f.startsWith("repeat") || f.equals("repeatWindowMonths"))
            .toList();

    private final SettingsService settings;

    SettingsPage(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("saved") String saved) {
        return Templates.settings(settings.all(), saved);
    }

    @GET
    @Path("{kind}")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("kind") String kind) {
        SettingsView current = settings.get(ConferenceKind.parse(kind));
        return Templates.edit(current.conferenceKind(), typed(current), current.version(), FormErrors.NONE, null);
    }

    @POST
    @Path("{kind}")
    @Operation(hidden = true)
    public Response save(@PathParam("kind") String kind, @RestForm String escalationIncidents, @RestForm String escalationMonths,
            @RestForm String repeatWindowMonths, @RestForm String repeatAnchor, @RestForm String repeatSamePerpetrator,
            @RestForm String communityTriggerComplaints, @RestForm String communityTriggerMonths, @RestForm String agendaCap,
            @RestForm long version) {
        ConferenceKind conferenceKind = ConferenceKind.parse(kind);
        Map<String, String> typed = Map.of("escalationIncidents", nullToEmpty(escalationIncidents),
                "escalationMonths", nullToEmpty(escalationMonths), "repeatWindowMonths", nullToEmpty(repeatWindowMonths),
                "repeatAnchor", nullToEmpty(repeatAnchor), "repeatSamePerpetrator", nullToEmpty(repeatSamePerpetrator),
                "communityTriggerComplaints", nullToEmpty(communityTriggerComplaints),
                "communityTriggerMonths", nullToEmpty(communityTriggerMonths), "agendaCap", nullToEmpty(agendaCap));
        try {
            settings.update(conferenceKind, form(typed), version);
            return Response.seeOther(URI.create("/admin/settings?saved=" + conferenceKind.name())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.edit(conferenceKind, typed, version, FormErrors.of(e), null)).build();
        } catch (StaleEditException e) {
            SettingsView theirs = (SettingsView) e.current();
            return Response.status(409).entity(Templates.edit(conferenceKind, typed, theirs.version(), FormErrors.NONE, theirs)).build();
        }
    }

    private static SettingsForm form(Map<String, String> typed) {
        List<FieldError> errors = new java.util.ArrayList<>(NUMBERS.stream()
                .filter(f -> !typed.get(f).matches("\\d{1,4}") && !optionalAndEmpty(f, typed))
                .map(f -> new FieldError(f, typed.get(f).isBlank() ? "Enter a number" : "Enter a whole number, 0 or more")).toList());
        RepeatAnchor anchor = java.util.Arrays.stream(RepeatAnchor.values()).filter(a -> a.name().equals(typed.get("repeatAnchor")))
                .findFirst().orElse(null);
        if (anchor == null) {
            errors.add(new FieldError("repeatAnchor", "Choose what the repeat window counts from"));
        }
        String samePerpetrator = typed.get("repeatSamePerpetrator");
        if (!samePerpetrator.equals("yes") && !samePerpetrator.equals("no")) {
            errors.add(new FieldError("repeatSamePerpetrator", "Say whether a repeat must share an alleged perpetrator"));
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(e -> FIELDS.indexOf(e.field())));
            throw new InvalidInputException(errors);
        }
        return new SettingsForm(Integer.valueOf(typed.get("escalationIncidents")), Integer.valueOf(typed.get("escalationMonths")),
                Integer.valueOf(typed.get("repeatWindowMonths")), Integer.valueOf(typed.get("communityTriggerComplaints")),
                Integer.valueOf(typed.get("communityTriggerMonths")),
                typed.get("agendaCap").isEmpty() ? null : Integer.valueOf(typed.get("agendaCap")), anchor, samePerpetrator.equals("yes"));
    }

    private static boolean optionalAndEmpty(String field, Map<String, String> typed) {
        return field.equals("agendaCap") && typed.get(field).isEmpty();
    }

    private static Map<String, String> typed(SettingsView s) {
        return Map.of("escalationIncidents", String.valueOf(s.escalationIncidents()), "escalationMonths", String.valueOf(s.escalationMonths()),
                "repeatWindowMonths", String.valueOf(s.repeatWindowMonths()), "repeatAnchor", s.repeatAnchor().name(),
                "repeatSamePerpetrator", s.repeatSamePerpetrator() ? "yes" : "no",
                "communityTriggerComplaints", String.valueOf(s.communityTriggerComplaints()),
                "communityTriggerMonths", String.valueOf(s.communityTriggerMonths()), "agendaCap", String.valueOf(s.agendaCap()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
