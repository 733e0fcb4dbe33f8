package org.roundtable.lookup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.user.Role;

/** "Lookups of your cases from other conferences" for coordinators, and the auditors' unusual activity. */
@Path("/lookups")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
public class LookupPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fromOtherConferences(List<PersonLookups.LookupFromElsewhere> lookups);

        static native TemplateInstance unusualActivity(List<PersonLookups.UnusualDay> days, int limit);
    }

    private final PersonLookups lookups;

    LookupPage(PersonLookups lookups) {
        this.lookups = lookups;
    }

    @GET
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public TemplateInstance fromOtherConferences() {
        return Templates.fromOtherConferences(lookups.fromOtherConferences());
    }

    @GET
    @Path("unusual-activity")
    @RolesAllowed(Role.AUDITOR)
    @Operation(hidden = true)
    public TemplateInstance unusualActivity() {
        return Templates.unusualActivity(lookups.unusualActivity(), lookups.dailyLimit());
    }
}
