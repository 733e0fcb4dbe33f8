package org.roundtable.person;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.user.CurrentUser;
import org.roundtable.user.Role;

/**
 * The administrators' matching model page: the model in use, its date and the data it was estimated from, earlier
 * versions, and the button that re-estimates it as a background job. While the job runs the page refreshes itself
 * every few seconds (a meta refresh: no script needed) and shows its progress.
 */
@Path("/admin/matching")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.ADMIN)
public class MatchingModelPage {

    /** One comparison level as the page lists it. */
    public record LevelRow(String level, String m, String u, String weight) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance model(MatchingModels.Version inUse, List<LevelRow> levels, List<MatchingModels.Version> versions,
                MatchingModelJobs.Job job);
    }

    private final MatchingModels models;
    private final MatchingModelJobs jobs;
    private final CurrentUser currentUser;

    MatchingModelPage(MatchingModels models, MatchingModelJobs jobs, CurrentUser currentUser) {
        this.models = models;
        this.jobs = jobs;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance model() {
        List<MatchingModels.Version> versions = models.versions(10);
        MatchingModels.Version inUse = versions.get(0);
        List<LevelRow> levels = models.levelsOf(inUse.id()).levels().entrySet().stream()
                .map(e -> new LevelRow(e.getKey(), String.format(Locale.ROOT, "%.4f", e.getValue().m()),
                        String.format(Locale.ROOT, "%.6f", e.getValue().u()), String.format(Locale.ROOT, "%+.1f", e.getValue().weight())))
                .toList();
        return Templates.model(inUse, levels, versions, jobs.latest().orElse(null));
    }

    /** Starts an estimate in the background (refused while one runs); audited when it starts and when it stores a version. */
    @POST
    @Path("estimate")
    @Operation(hidden = true)
    public Response estimate() {
        jobs.start(currentUser.actor());
        return Response.seeOther(URI.create("/admin/matching")).build();
    }
}
