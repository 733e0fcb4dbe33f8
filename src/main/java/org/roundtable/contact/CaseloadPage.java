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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.user.UserView;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** The caseload, a case's contact log with the form for logging a contact, and allocation. */
@Path("/caseload")
@Produces(MediaType.TEXT_HTML)
public class CaseloadPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance caseload(List<Part> parts, boolean empty);

        static native TemplateInstance log(ContactLogView log, List<UserView> advocates, ContactFormFields.Options options,
                ContactFormFields.Typed typed, FormErrors errors, String conflict, String done);
    }

    /** A part of the caseload page: your cases, those waiting for an advocate, other advocates'. */
    public record Part(String heading, String testid, List<CaseloadRow> rows) {
    }

    private final Caseload caseload;
    private final ContactLog contactLog;

    CaseloadPage(Caseload caseload, ContactLog contactLog) {
        this.caseload = caseload;
        this.contactLog = contactLog;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(hidden = true)
    public TemplateInstance list() {
        List<CaseloadRow> rows = caseload.list();
        java.util.function.Predicate<CaseloadRow> waiting = r -> r.unallocated() && r.status() != ContactStatus.SUPPORT_CLOSED;
        List<Part> parts = java.util.stream.Stream.of(
                new Part("Your cases", "mine", rows.stream().filter(CaseloadRow::allocatedToMe).toList()),
                new Part("Waiting for an advocate", "waiting", rows.stream().filter(waiting).toList()),
                new Part("Other advocates' cases", "others", rows.stream().filter(r -> !r.allocatedToMe() && !waiting.test(r)).toList()))
                .filter(p -> !p.rows().isEmpty()).toList();
        return Templates.caseload(parts, rows.isEmpty());
    }

    @GET
    @Path("{referralId}")
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(hidden = true)
    public TemplateInstance log(@PathParam("referralId") UUID referralId, @QueryParam("done") String done) {
        return page(contactLog.view(referralId), ContactFormFields.empty(), FormErrors.NONE, null, done);
    }

    @POST
    @Path("{referralId}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(RoleGroup.Allowed.ADVOCATES)
    @Operation(hidden = true)
    public Response logContact(@PathParam("referralId") UUID referralId, MultivaluedMap<String, String> form) {
        try {
            contactLog.add(referralId, ContactFormFields.read(form));
            return Response.seeOther(URI.create("/caseload/" + referralId + "?done=logged")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(contactLog.view(referralId), ContactFormFields.typed(form), FormErrors.of(e), null, null))
                    .build();
        }
    }

    @POST
    @Path("{referralId}/allocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(RoleGroup.Allowed.ADVOCATE_SERVICE)
    @Operation(hidden = true)
    public Response allocate(@PathParam("referralId") UUID referralId, @RestForm String advocateSubject, @RestForm String version) {
        try {
            long expected = Versions.fromForm(version);
            if (advocateSubject == null || advocateSubject.isBlank()) {
                caseload.take(referralId, expected);
            } else {
                caseload.allocateTo(referralId, advocateSubject, expected);
            }
            return Response.seeOther(URI.create("/caseload/" + referralId + "?done=allocated")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(contactLog.view(referralId), ContactFormFields.empty(), FormErrors.of(e), null, null))
                    .build();
        } catch (StaleEditException e) {
            return Response.status(409).entity(page(contactLog.view(referralId), ContactFormFields.empty(), FormErrors.NONE,
                    "Someone allocated or changed this case while you were looking. This is the case as it is now.", null)).build();
        }
    }

    @POST
    @Path("{referralId}/reopening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(RoleGroup.Allowed.ADVOCATE_SERVICE)
    @Operation(hidden = true)
    public Response reopen(@PathParam("referralId") UUID referralId, @RestForm String reason, @RestForm String version) {
        try {
            caseload.reopen(referralId, reason, Versions.fromForm(version));
            return Response.seeOther(URI.create("/caseload/" + referralId + "?done=reopened")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(contactLog.view(referralId), ContactFormFields.empty(), FormErrors.of(e), null, null))
                    .build();
        } catch (StaleEditException e) {
            return Response.status(409).entity(page(contactLog.view(referralId), ContactFormFields.empty(), FormErrors.NONE,
                    "Someone changed this case while you were looking. This is the case as it is now.", null)).build();
        }
    }

    private TemplateInstance page(ContactLogView log, ContactFormFields.Typed typed, FormErrors errors, String conflict, String done) {
        List<UserView> advocates = log.canAllocate() ? caseload.advocatesFor(log.kind()) : List.of();
        return Templates.log(log, advocates, ContactFormFields.OPTIONS, typed, errors, conflict, done);
    }
}
