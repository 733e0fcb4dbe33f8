package org.roundtable.triage;

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
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.checklist.ChecklistDefinition.AnswerKind;
import org.roundtable.checklist.ChecklistDefinition.Question;
import org.roundtable.referral.FieldSpec;
import org.roundtable.referral.ReferralView;
import org.roundtable.user.Role;
import org.roundtable.web.DateFields;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;

/** The call-handling script as GOV.UK question pages: one question a page, answered from the keyboard. */
@Path("/triage")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.CALL_HANDLER)
public class TriagePage {

    public record Option(String value, String label) {
    }

    /** One question page: where it posts, what it asks, and where its back link goes. */
    public record Ask(String step, String name, String heading, String hint, List<Option> options, String selected,
            String progress, String back) {
    }

    /** The caller's date of birth, drawn by the same GOV.UK date input as every other form. */
    private static final FieldSpec DATE_OF_BIRTH = new FieldSpec("dob", "Date of birth", FieldSpec.Kind.DATE,
            "Ask for it if you can: it is how earlier calls and referrals are found. For example, 27 3 1990", List.of(), null);
    private static final List<String> CALLER_FIELDS = List.of("firstName", "lastName", "dob-day", "dob-month", "dob-year", "phone");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance list(List<TriageView> calls);

        static native TemplateInstance question(TriageView call, Ask ask, FormErrors errors);

        static native TemplateInstance caller(TriageView call, Map<String, String> values, FieldSpec dateOfBirth, String progress,
                FormErrors errors);

        static native TemplateInstance result(TriageView call, FormErrors errors);
    }

    private static final List<Option> YES_NO = List.of(new Option("YES", "Yes"), new Option("NO", "No"));
    private static final List<Option> YES_NO_NOT_KNOWN = List.of(new Option("YES", "Yes"), new Option("NO", "No"),
            new Option("NOT_KNOWN", "Not known"));

    private final TriageService triage;

    TriagePage(TriageService triage) {
        this.triage = triage;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.list(triage.recent());
    }

    @POST
    @Operation(hidden = true)
    public Response start() {
        return goTo(triage.start());
    }

    @GET
    @Path("{id}/danger")
    @Operation(hidden = true)
    public TemplateInstance danger(@PathParam("id") UUID id) {
        TriageView call = triage.get(id);
        return Templates.question(call, dangerAsk(call), FormErrors.NONE);
    }

    @POST
    @Path("{id}/danger")
    @Operation(hidden = true)
    public Response answerDanger(@PathParam("id") UUID id, @RestForm String answer) {
        try {
            return goTo(triage.answerDanger(id, yesOrNo(answer)));
        } catch (InvalidInputException e) {
            TriageView call = triage.get(id);
            return invalid(Templates.question(call, dangerAsk(call), answerError(e)));
        }
    }

    @GET
    @Path("{id}/caller")
    @Operation(hidden = true)
    public TemplateInstance caller(@PathParam("id") UUID id) {
        TriageView call = triage.get(id);
        var dob = call.callerDateOfBirth();
        Map<String, String> values = new HashMap<>();
        putIfPresent(values, "firstName", call.callerFirstName());
        putIfPresent(values, "lastName", call.callerLastName());
        putIfPresent(values, "phone", call.callerPhone());
        if (dob != null) {
            values.put("dob-day", String.valueOf(dob.getDayOfMonth()));
            values.put("dob-month", String.valueOf(dob.getMonthValue()));
            values.put("dob-year", String.valueOf(dob.getYear()));
        }
        return Templates.caller(call, values, DATE_OF_BIRTH, TriageScript.progress(call, TriageScript.CALLER), FormErrors.NONE);
    }

    @POST
    @Path("{id}/caller")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response recordCaller(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        var dateOfBirth = DateFields.parse(form, "dob", errors);
        var details = new CallerDetails(form.getFirst("firstName"), form.getFirst("lastName"), dateOfBirth, form.getFirst("phone"));
        triage.callerErrors(details).stream().filter(e -> !errors.stream().anyMatch(d -> d.field().equals(e.field())))
                .forEach(errors::add);
        if (errors.isEmpty()) {
            return goTo(triage.recordCaller(id, details));
        }
        TriageView call = triage.get(id);
        Map<String, String> typed = new HashMap<>();
        CALLER_FIELDS.forEach(field -> putIfPresent(typed, field, form.getFirst(field)));
        return invalid(Templates.caller(call, typed, DATE_OF_BIRTH, TriageScript.progress(call, TriageScript.CALLER),
                new FormErrors(errors)));
    }

    @GET
    @Path("{id}/relationship")
    @Operation(hidden = true)
    public TemplateInstance relationship(@PathParam("id") UUID id) {
        TriageView call = triage.get(id);
        return Templates.question(call, relationshipAsk(call), FormErrors.NONE);
    }

    @POST
    @Path("{id}/relationship")
    @Operation(hidden = true)
    public Response answerRelationship(@PathParam("id") UUID id, @RestForm String answer) {
        try {
            return goTo(triage.answerRelationship(id, yesOrNo(answer)));
        } catch (InvalidInputException e) {
            TriageView call = triage.get(id);
            return invalid(Templates.question(call, relationshipAsk(call), answerError(e)));
        }
    }

    @GET
    @Path("{id}/questions/{question}")
    @Operation(hidden = true)
    public Response question(@PathParam("id") UUID id, @PathParam("question") String questionId) {
        TriageView call = triage.get(id);
        if (call.outcome() == TriageOutcome.ESCALATED) {
            return goTo(call);
        }
        return Response.ok(Templates.question(call, questionAsk(call, questionId), FormErrors.NONE)).build();
    }

    @POST
    @Path("{id}/questions/{question}")
    @Operation(hidden = true)
    public Response answer(@PathParam("id") UUID id, @PathParam("question") String questionId, @RestForm String answer) {
        try {
            return goTo(triage.answer(id, questionId, answer));
        } catch (InvalidInputException e) {
            TriageView call = triage.get(id);
            return invalid(Templates.question(call, questionAsk(call, questionId), answerError(e)));
        }
    }

    @GET
    @Path("{id}/result")
    @Operation(hidden = true)
    public Response result(@PathParam("id") UUID id) {
        TriageView call = triage.get(id);
        if (!TriageScript.next(call).equals(TriageScript.RESULT)) {
            return goTo(call);
        }
        return Response.ok(Templates.result(call, FormErrors.NONE)).build();
    }

    @POST
    @Path("{id}/referral")
    @Operation(hidden = true)
    public Response startReferral(@PathParam("id") UUID id, @RestForm String notes) {
        ReferralView draft = triage.startReferral(id, notes);
        return Response.seeOther(URI.create("/referrals/" + draft.id() + "/tasks")).build();
    }

    private static void putIfPresent(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static Response goTo(TriageView call) {
        return Response.seeOther(URI.create("/triage/" + call.id() + "/" + TriageScript.next(call))).build();
    }

    private static Response invalid(TemplateInstance page) {
        return Response.status(400).entity(page).build();
    }

    private static FormErrors answerError(InvalidInputException e) {
        return new FormErrors(e.errors().stream().map(error -> new FieldError("answer", error.message())).toList());
    }

    private static Boolean yesOrNo(String answer) {
        return answer == null ? null : switch (answer) {
            case "YES" -> Boolean.TRUE;
            case "NO" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String selected(Boolean value) {
        return value == null ? null : value ? "YES" : "NO";
    }

    private static Ask dangerAsk(TriageView call) {
        return new Ask(TriageScript.DANGER, "answer", "Is anyone in immediate danger now?",
                "If yes, stop the script: this call needs an emergency response now.", YES_NO, selected(call.immediateDanger()),
                TriageScript.progress(call, TriageScript.DANGER), "/triage");
    }

    private static Ask relationshipAsk(TriageView call) {
        return new Ask(TriageScript.RELATIONSHIP, "answer",
                "Is this about someone the caller lives with, has been in a relationship with, or is family?",
                "Yes asks the domestic abuse questions; no asks the anti-social behaviour questions.", YES_NO,
                selected(call.domestic()), TriageScript.progress(call, TriageScript.RELATIONSHIP),
                "/triage/" + call.id() + "/" + TriageScript.CALLER);
    }

    private static Ask questionAsk(TriageView call, String questionId) {
        Question question = call.questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new org.roundtable.web.NotFoundProblem("No question " + questionId + " in this call's script"));
        List<Option> options = question.kind() == AnswerKind.CHOICE
                ? question.choices().stream().map(c -> new Option(c.value(), c.label())).toList()
                : question.kind() == AnswerKind.YES_NO ? YES_NO : YES_NO_NOT_KNOWN;
        String step = TriageScript.questionStep(questionId);
        return new Ask(step, "answer", question.text(), question.guidance(), options, call.answers().get(questionId), TriageScript.progress(call, step),
                "/triage/" + call.id() + "/" + TriageScript.previous(call, step));
    }
}
