package org.roundtable.retention;

import org.roundtable.access.RoleGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;

/** Retention: the periods, the cases due for deletion, and a coordinator's confirmation that deletes one. */
@Path("/api/v1/retention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Retention")
public class RetentionResource {

    private final Retention retention;

    RetentionResource(Retention retention) {
        this.retention = retention;
    }

    @GET
    @Path("periods")
    @RolesAllowed(RoleGroup.Allowed.RETENTION_READERS)
    @Operation(operationId = "listRetentionPeriods", summary = "How long each conference kind keeps a person's data after their last case closed")
    public List<Retention.Period> periods() {
        return retention.periods();
    }

    @PUT
    @Path("periods/{kind}")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "changeRetentionPeriod", summary = "Change a conference kind's retention period: {\"years\": 1..100}, "
            + "If-Match: its version; audited")
    @APIResponse(responseCode = "200", description = "The period as changed")
    @APIResponse(responseCode = "409", description = "A stale If-Match")
    public Retention.Period changePeriod(@PathParam("kind") String kind, @HeaderParam("If-Match") String ifMatch,
            Retention.PeriodChange change) {
        return retention.changePeriod(org.roundtable.agency.ConferenceKind.parse(kind), change, org.roundtable.web.Versions.fromIfMatch(ifMatch));
    }

    @GET
    @Path("due")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "listRetentionDue",
            summary = "Cases of your conference kinds that the daily job found due for deletion, the longest due first; audited")
    public List<Retention.DueCase> due() {
        return retention.due();
    }

    @POST
    @Path("due/{referralId}/erasure")
    @RolesAllowed(Role.COORDINATOR)
    @Operation(operationId = "confirmRetentionErasure", summary = "Confirm the deletion of a due case's personal data and of its "
            + "people who are due themselves; counts the reports need are kept; audited")
    @APIResponse(responseCode = "200", description = "What was deleted, and the people kept because a newer case names them")
    @APIResponse(responseCode = "409", description = "Already deleted, or no longer due")
    public Retention.Erasure confirm(@PathParam("referralId") UUID referralId) {
        return retention.confirm(referralId);
    }
}
