package org.roundtable.contact;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.web.Versions;

/** A case's contact log: read it (audited), log a contact, correct it within 24 hours, amend it after. */
@Path("/api/v1/caseload/{referralId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Advocates")
public class ContactLogResource {

    private final ContactLog log;

    ContactLogResource(ContactLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.CASE_ROLES)
    @Operation(operationId = "getContactLog", summary = "The victim's safe contact details and the contact log, with "
            + "corrections, amendments and the times to first contact; every read is audited, a refusal too")
    public ContactLogView get(@PathParam("referralId") UUID referralId) {
        return log.view(referralId);
    }

    @POST
    @RolesAllowed(RoleGroup.Allowed.ADVOCATES)
    @Operation(operationId = "logContact", summary = "Log a contact or an attempt (occurredAt not in the future)")
    @APIResponse(responseCode = "201", description = "The entry; Location names the log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactEntryView.class)))
    @APIResponse(responseCode = "409", description = "Support is closed")
    public Response add(@PathParam("referralId") UUID referralId, ContactForm body) {
        ContactEntryView entry = log.add(referralId, body);
        return Response.created(URI.create("/api/v1/caseload/" + referralId + "/contacts")).entity(entry).build();
    }

    @PUT
    @Path("{entryId}")
    @RolesAllowed(RoleGroup.Allowed.ADVOCATES)
    @Operation(operationId = "correctContact", summary = "Correct your own entry within 24 hours of writing it (what it said "
            + "before is kept); If-Match: the entry's version")
    @APIResponse(responseCode = "200", description = "The entry as corrected, with its corrections")
    @APIResponse(responseCode = "409", description = "A stale If-Match, or written more than 24 hours ago: add an amendment")
    public ContactEntryView correct(@PathParam("referralId") UUID referralId, @PathParam("entryId") UUID entryId,
            @HeaderParam("If-Match") String ifMatch, ContactForm body) {
        return log.correct(referralId, entryId, body, Versions.fromIfMatch(ifMatch));
    }

    @POST
    @Path("{entryId}/amendments")
    @RolesAllowed(RoleGroup.Allowed.ADVOCATES)
    @Operation(operationId = "amendContact", summary = "Add an amendment linked to an entry (the way to correct it after 24 hours)")
    @APIResponse(responseCode = "201", description = "The amendment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactEntryView.class)))
    @APIResponse(responseCode = "409", description = "The entry is itself an amendment")
    public Response amend(@PathParam("referralId") UUID referralId, @PathParam("entryId") UUID entryId, ContactForm body) {
        ContactEntryView amendment = log.amend(referralId, entryId, body);
        return Response.created(URI.create("/api/v1/caseload/" + referralId + "/contacts")).entity(amendment).build();
    }
}
