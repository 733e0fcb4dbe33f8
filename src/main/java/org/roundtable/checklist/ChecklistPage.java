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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.user.Role;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;

/** Administrators read checklists and publish new versions of them. */
@Path("/admin/checklists")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.ADMIN)
public class ChecklistPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance list(List<ChecklistView> checklists, String published);

        static native TemplateInstance edit(ChecklistView checklist, List<ChecklistView> history, List<EditRows.Row> rows,
                List<EditRows.BandRow> bands, Map<String, String> typed, FormErrors errors, ChecklistView theirs);
    }

    private final ChecklistService checklists;

    ChecklistPage(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("published") String published) {
        return Templates.list(checklists.currentVersions(), published);
    }

    @GET
    @Path("{code}")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("code") String code) {
        return page(checklists.current(code), Map.of(), FormErrors.NONE, null);
    }

    private TemplateInstance page(ChecklistView checklist, Map<String, String> typed, FormErrors errors, ChecklistView theirs) {
        return Templates.edit(checklist, checklists.history(checklist.code()), EditRows.rows(checklist.definition(), typed),
                EditRows.bands(checklist.definition(), typed), typed, errors, theirs);
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        ChecklistView current = checklists.current(code);
        Map<String, String> typed = ChecklistForm.typed(form);
        PublishRequest request = null;
        try {
            request = ChecklistForm.read(current.definition(), form);
            ChecklistView published = checklists.publish(code, request);
            return Response.seeOther(URI.create("/admin/checklists?published=" + code + "-" + published.version())).build();
        } catch (InvalidInputException e) {
            PublishRequest submitted = request;
            List<org.roundtable.web.FieldError> errors = submitted == null ? e.errors()
                    : e.errors().stream().map(error -> ChecklistForm.toPageField(error, submitted.definition())).toList();
            return Response.status(400).entity(page(current, typed, new FormErrors(errors), null)).build();
        } catch (StaleEditException e) {
            return Response.status(409).entity(page(current, typed, FormErrors.NONE, (ChecklistView) e.current())).build();
        }
    }
}
