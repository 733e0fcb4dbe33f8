package org.roundtable.lookup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;

/** Person-match lookups seen by coordinators (of their cases, from elsewhere) and auditors (unusual activity). */
@Path("/api/v1/lookups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Lookups")
public class LookupResource {

    private final PersonLookups lookups;

    LookupResource(PersonLookups lookups) {
        this.lookups = lookups;
    }

    @GET
    @Path("from-other-conferences")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "listLookupsFromOtherConferences",
            summary = "Lookups by people outside your conference kinds that found a person of your cases: who asked, from which "
            + "agency, when; newest first, at most 500; the read is audited")
    public List<PersonLookups.LookupFromElsewhere> fromOtherConferences() {
        return lookups.fromOtherConferences();
    }

    @GET
    @Path("unusual-activity")
    @RolesAllowed(Role.AUDITOR)
    @Operation(operationId = "listUnusualLookupActivity",
            summary = "Users who made more person-match lookups in one day than roundtable.lookups.daily-limit (default 200), "
            + "over the last 90 days, newest day first")
    public List<PersonLookups.UnusualDay> unusualActivity() {
        return lookups.unusualActivity();
    }
}
