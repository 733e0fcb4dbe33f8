package org.roundtable.contact;

import org.roundtable.access.RoleGroup;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** Closing the advocate's support of the victim, with outcomes compared with intake, and reopening it. */
@Path("/caseload/{referralId}/support")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(RoleGroup.Allowed.ADVOCATE_SERVICE)
public class SupportPage {

    /** One outcome question: the field, its words, and the choices. */
    public record Question(String field, String legend, List<Choice> choices) {
    }

    public record Choice(String value, String label) {
    }

    private static final List<Choice> CHANGES = java.util.Arrays.stream(Choices.Change.values())
            .map(c -> new Choice(c.name(), c.label())).toList();

    static final List<Question> QUESTIONS = List.of(
            new Question("reason", "Why is support closing?", java.util.Arrays.stream(Choices.ClosureReason.values())
                    .map(c -> new Choice(c.name(), c.label())).toList()),
            new Question("physicalAbuse", "Physical abuse", CHANGES),
            new Question("sexualAbuse", "Sexual abuse", CHANGES),
            new Question("harassmentAndStalking", "Harassment and stalking", CHANGES),
            new Question("jealousAndControlling", "Jealous and controlling behaviour", CHANGES),
            new Question("feelsSafer", "Does the victim feel safer?", java.util.Arrays.stream(Choices.FeelsSafer.values())
                    .map(c -> new Choice(c.name(), c.label())).toList()));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance close(UUID referralId, long version, List<Question> questions, Map<String, String> typed,
                FormErrors errors, String conflict);
    }

    private final Caseload caseload;

    SupportPage(Caseload caseload) {
        this.caseload = caseload;
    }

    @GET
    @Path("closure")
    @Operation(hidden = true)
    public TemplateInstance closeForm(@PathParam("referralId") UUID referralId) {
        CaseloadEntryView entry = caseload.entry(referralId);
        return page(referralId, entry.version(), Map.of(), FormErrors.NONE, null);
    }

    @POST
    @Path("closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response close(@PathParam("referralId") UUID referralId, MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        for (String field : List.of("reason", "physicalAbuse", "sexualAbuse", "harassmentAndStalking", "jealousAndControlling", "feelsSafer")) {
            if (form.getFirst(field) != null) {
                typed.put(field, form.getFirst(field));
            }
        }
        long version = 0;
        try {
            version = Versions.fromForm(form.getFirst("version"));
            List<FieldError> errors = new ArrayList<>();
            CaseloadResource.Closing closing = new CaseloadResource.Closing(
                    ContactFormFields.choice(Choices.ClosureReason.class, typed.get("reason"), "reason", errors),
                    ContactFormFields.choice(Choices.Change.class, typed.get("physicalAbuse"), "physicalAbuse", errors),
                    ContactFormFields.choice(Choices.Change.class, typed.get("sexualAbuse"), "sexualAbuse", errors),
                    ContactFormFields.choice(Choices.Change.class, typed.get("harassmentAndStalking"), "harassmentAndStalking", errors),
                    ContactFormFields.choice(Choices.Change.class, typed.get("jealousAndControlling"), "jealousAndControlling", errors),
                    ContactFormFields.choice(Choices.FeelsSafer.class, typed.get("feelsSafer"), "feelsSafer", errors));
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            caseload.close(referralId, closing, version);
            return Response.seeOther(URI.create("/caseload/" + referralId + "?done=closed")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(referralId, version, typed, FormErrors.of(e), null)).build();
        } catch (StaleEditException e) {
            return Response.status(409).entity(page(referralId, ((CaseloadEntryView) e.current()).version(), typed, FormErrors.NONE,
                    "Someone changed this case while you were closing it. Check it and send the form again.")).build();
        }
    }

    private TemplateInstance page(UUID referralId, long version, Map<String, String> typed, FormErrors errors, String conflict) {
        return Templates.close(referralId, version, QUESTIONS, typed, errors, conflict);
    }
}
