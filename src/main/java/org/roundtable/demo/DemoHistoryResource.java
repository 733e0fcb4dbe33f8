package org.roundtable.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.reminder.ReminderJob;
import org.roundtable.user.Role;

/** The demo launcher's way to give the demo an earlier meeting; 404 unless roundtable.demo-data=true. */
@Path("/api/v1/demo/meetings/{id}/moved-back")
@Produces(MediaType.APPLICATION_JSON)
public class DemoHistoryResource {

    public record Move(@NotNull(message = "Enter how many days back") @Min(value = 1, message = "Move at least 1 day back")
            @Max(value = 90, message = "Move at most 90 days back") Integer days) {
    }

    /** The move, and the reminders the job wrote and sent straight after it (the earlier meeting's overdue actions). */
    public record Result(DemoHistory.Moved moved, ReminderJob.Run reminders) {
    }

    @ConfigProperty(name = "roundtable.demo-data")
    boolean enabled;

    private final DemoHistory history;
    private final ReminderJob reminders;

    DemoHistoryResource(DemoHistory history, ReminderJob reminders) {
        this.history = history;
        this.reminders = reminders;
    }

    @POST
    @RolesAllowed(Role.COORDINATOR)
    @Operation(hidden = true)
    public Result moveBack(@PathParam("id") UUID id, @jakarta.validation.Valid @NotNull(message = "Send how many days back") Move move) {
        if (!enabled) {
            throw new NotFoundException();
        }
        DemoHistory.Moved moved = history.moveBack(id, move.days());
        return new Result(moved, reminders.runOnce());
    }
}
