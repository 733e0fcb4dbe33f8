package org.roundtable.report.matrix;

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
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.roundtable.user.CurrentUser;
import org.roundtable.user.Role;
import org.roundtable.web.FieldError;
import org.roundtable.web.FormErrors;
import org.roundtable.web.FormValues;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** The matrices, a matrix's heat map ranked by total, scoring an issue, and CSV download and upload. */
@Path("/reports/matrix")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
public class MatrixPage {

    /** What an import did, from the redirect's query, for the success banner; null when nothing was imported. */
    public record Outcome(String savedIssue, MatrixViews.Imported imported) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matrices(List<MatrixViews.Summary> matrices, boolean mayEdit, Map<String, String> typed,
                FormErrors errors);

        static native TemplateInstance matrix(MatrixViews.Ranked matrix, Criterion[] criteria, boolean mayEdit, Outcome outcome,
                FormErrors errors, List<RejectedImport.Problem> problems);

        static native TemplateInstance issue(MatrixViews.Summary matrix, MatrixViews.Issue issue, Criterion[] criteria, List<String> choices,
                Map<String, String> typed, FormErrors errors, MatrixViews.Issue conflict);
    }

    private static final List<String> CHOICES = List.of("0", "1", "2", "3", "4", "5");

    private final Matrices matrices;
    private final CurrentUser currentUser;

    MatrixPage(Matrices matrices, CurrentUser currentUser) {
        this.matrices = matrices;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(hidden = true)
    public TemplateInstance list() {
        return Templates.matrices(matrices.list(), mayEdit(), Map.of(), FormErrors.NONE);
    }

    @POST
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> form) {
        Map<String, String> typed = FormValues.typed(form);
        try {
            MatrixViews.Summary created = matrices.create(typed.get("title"));
            return Response.seeOther(URI.create("/reports/matrix/" + created.id())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.matrices(matrices.list(), true, typed, FormErrors.of(e))).build();
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("saved") UUID saved, @QueryParam("added") Integer added,
            @QueryParam("changed") Integer changed, @QueryParam("unchanged") Integer unchanged) {
        MatrixViews.Ranked matrix = matrices.view(id);
        String savedIssue = matrix.issues().stream().filter(i -> i.id().equals(saved)).map(MatrixViews.Issue::name).findFirst().orElse(null);
        MatrixViews.Imported imported = added == null || changed == null || unchanged == null ? null
                : new MatrixViews.Imported(added, changed, unchanged);
        return Templates.matrix(matrix, Criterion.values(), mayEdit(), new Outcome(savedIssue, imported), FormErrors.NONE, List.of());
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @RolesAllowed(RoleGroup.Allowed.REPORT_READERS)
    @Operation(hidden = true)
    public Response export(@PathParam("id") UUID id) {
        return MatrixResource.download(matrices, id);
    }

    @POST
    @Path("{id}/import")
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(hidden = true)
    public Response importCsv(@PathParam("id") UUID id, @RestForm("file") FileUpload file) {
        try {
            if (file == null || file.uploadedFile() == null || file.size() == 0) {
                throw new InvalidInputException("file", "Choose a CSV file to upload");
            }
            MatrixViews.Imported imported = matrices.importCsv(id, MatrixImport.decode(Files.readAllBytes(file.uploadedFile())));
            return Response.seeOther(URI.create("/reports/matrix/" + id + "?added=" + imported.added() + "&changed=" + imported.changed()
                    + "&unchanged=" + imported.unchanged())).build();
        } catch (RejectedImport e) {
            int count = e.problems().size();
            FormErrors errors = new FormErrors(List.of(new FieldError("file", count == 1 ? "The file has a problem: nothing was imported"
                    : "The file has " + count + " problems: nothing was imported")));
            return Response.status(400).entity(Templates.matrix(matrices.view(id), Criterion.values(), true, new Outcome(null, null),
                    errors, e.problems())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.matrix(matrices.view(id), Criterion.values(), true, new Outcome(null, null),
                    FormErrors.of(e), List.of())).build();
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded file could not be read back", e);
        }
    }

    @GET
    @Path("{id}/issues/new")
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(hidden = true)
    public TemplateInstance newIssue(@PathParam("id") UUID id) {
        return Templates.issue(summary(id), null, Criterion.values(), CHOICES, Map.of(), FormErrors.NONE, null);
    }

    @POST
    @Path("{id}/issues")
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(hidden = true)
    public Response add(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        MatrixViews.Summary matrix = summary(id);
        Map<String, String> typed = FormValues.typed(form);
        try {
            MatrixViews.Issue added = matrices.add(id, scores(typed));
            return Response.seeOther(URI.create("/reports/matrix/" + id + "?saved=" + added.id())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.issue(matrix, null, Criterion.values(), CHOICES, typed, FormErrors.of(e), null)).build();
        }
    }

    @GET
    @Path("{id}/issues/{issueId}")
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(hidden = true)
    public TemplateInstance editIssue(@PathParam("id") UUID id, @PathParam("issueId") UUID issueId) {
        MatrixViews.Issue issue = matrices.issue(id, issueId);
        return Templates.issue(summary(id), issue, Criterion.values(), CHOICES, typed(issue), FormErrors.NONE, null);
    }

    @POST
    @Path("{id}/issues/{issueId}")
    @RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
    @Operation(hidden = true)
    public Response update(@PathParam("id") UUID id, @PathParam("issueId") UUID issueId, MultivaluedMap<String, String> form) {
        MatrixViews.Summary matrix = summary(id);
        Map<String, String> typed = FormValues.typed(form);
        try {
            matrices.update(id, issueId, scores(typed), Versions.fromForm(typed.get("version")));
            return Response.seeOther(URI.create("/reports/matrix/" + id + "?saved=" + issueId)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.issue(matrix, matrices.issue(id, issueId), Criterion.values(), CHOICES, typed,
                    FormErrors.of(e), null)).build();
        } catch (StaleEditException e) {
            MatrixViews.Issue saved = matrices.issue(id, issueId);
            return Response.status(409).entity(Templates.issue(matrix, saved, Criterion.values(), CHOICES, typed, FormErrors.NONE, saved))
                    .build();
        }
    }

    private MatrixViews.Summary summary(UUID id) {
        return matrices.list().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new org.roundtable.web.NotFoundProblem("No risk matrix with id " + id));
    }

    private boolean mayEdit() {
        return currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.ADMIN);
    }

    /** A score that is not one of the radios' values is read as no choice, which the rules name. */
    private static IssueScores scores(Map<String, String> typed) {
        List<Integer> scores = java.util.Arrays.stream(Criterion.values())
                .map(c -> CHOICES.contains(typed.getOrDefault(c.field(), "")) ? Integer.valueOf(typed.get(c.field())) : null).toList();
        return IssueScores.of(typed.getOrDefault("name", ""), scores);
    }

    private static Map<String, String> typed(MatrixViews.Issue issue) {
        Map<String, String> typed = new HashMap<>();
        typed.put("name", issue.name());
        for (Criterion criterion : Criterion.values()) {
            typed.put(criterion.field(), String.valueOf(issue.asScores().score(criterion)));
        }
        return typed;
    }
}
