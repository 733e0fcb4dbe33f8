package org.roundtable.agency;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Versions;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies")
public class AgencyResource {

    private final AgencyService agencies;

    AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "listAgencies", summary = "All partner agencies")
    public List<AgencyView> list() {
        return agencies.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "getAgency", summary = "One agency; its version goes in If-Match when changing it")
    @APIResponse(responseCode = "200", description = "The agency; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public Response get(@PathParam("id") UUID id) {
        AgencyView agency = agencies.get(id);
        return Response.ok(agency).tag(String.valueOf(agency.version())).build();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "createAgency", summary = "Add a partner agency")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public Response create(AgencyForm form) {
        AgencyView created = agencies.create(requireBody(form));
        return Response.created(URI.create("/api/v1/agencies/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "updateAgency",
            summary = "Change an agency. Send the version you read in If-Match; a stale version gets 409 with the current agency")
    public AgencyView update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, AgencyForm form) {
        return agencies.update(id, requireBody(form), Versions.fromIfMatch(ifMatch));
    }

    private static AgencyForm requireBody(AgencyForm form) {
        if (form == null) {
            throw new InvalidInputException("body", "Send the agency as JSON");
        }
        return form;
    }
}
