package org.roundtable.retention;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.user.Role;

/** The coordinators' retention page: the periods, the cases due, and the button that deletes one. */
@Path("/retention")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.COORDINATOR)
public class RetentionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance due(List<Retention.Period> periods, List<Retention.DueCase> due, String erased);
    }

    private final Retention retention;
    private final java.time.Clock clock;

    RetentionPage(Retention retention, java.time.Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance due(@QueryParam("erased") String erased) {
        return Templates.due(retention.periods(), retention.due(), erased);
    }

    /** Lists what is due now, as the nightly job would (the job's lock keeps two runs apart). */
    @POST
    @Path("listing")
    @Operation(hidden = true)
    public Response listNow() {
        retention.listDue(org.roundtable.web.Clocks.today(clock));
        return Response.seeOther(URI.create("/retention")).build();
    }

    @POST
    @Path("{referralId}/erasure")
    @Operation(hidden = true)
    public Response confirm(@PathParam("referralId") UUID referralId) {
        Retention.Erasure erasure = retention.confirm(referralId);
        return Response.seeOther(URI.create("/retention?erased=" + URLEncoder.encode(erasure.reference(), StandardCharsets.UTF_8))).build();
    }
}
