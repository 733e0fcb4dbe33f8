package org.roundtable.contact;

import org.roundtable.access.RoleGroup;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.roundtable.user.Role;

/** Bank holidays of England and Wales, which working days skip. */
@Path("/api/v1/bank-holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Advocates")
public class BankHolidayResource {

    private final BankHolidays holidays;

    BankHolidayResource(BankHolidays holidays) {
        this.holidays = holidays;
    }

    @GET
    @RolesAllowed(RoleGroup.Allowed.BANK_HOLIDAY_READERS)
    @Operation(operationId = "listBankHolidays", summary = "Bank holidays, oldest first")
    public List<BankHolidays.View> list() {
        return holidays.list();
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "addBankHoliday", summary = "Add a bank holiday {\"day\": \"2028-01-03\", \"name\": \"New Year's Day (substitute day)\"}; audited")
    @APIResponse(responseCode = "201", description = "The bank holiday",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankHolidays.View.class)))
    @APIResponse(responseCode = "409", description = "That day is a bank holiday already")
    public Response add(BankHolidays.NewHoliday body) {
        BankHolidays.View added = holidays.add(body);
        return Response.created(URI.create("/api/v1/bank-holidays")).entity(added).build();
    }
}
