package org.roundtable.checklist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The thresholds an administrator sets for a conference kind. */
public record SettingsForm(
        @NotNull(message = "Enter how many police incidents show escalation")
        @Min(value = 1, message = "Escalation needs at least 1 incident") @Max(value = 50, message = "Escalation must be 50 incidents or fewer")
        Integer escalationIncidents,
        @NotNull(message = "Enter the escalation period in months")
        @Min(value = 1, message = "The escalation period must be at least 1 month") @Max(value = 60, message = "The escalation period must be 60 months or fewer")
        Integer escalationMonths,
        @NotNull(message = "Enter the repeat window in months")
        @Min(value = 1, message = "The repeat window must be at least 1 month") @Max(value = 60, message = "The repeat window must be 60 months or fewer")
        Integer repeatWindowMonths,
        @NotNull(message = "Enter how many complaints start a Community Trigger")
        @Min(value = 1, message = "A Community Trigger needs at least 1 complaint") @Max(value = 50, message = "A Community Trigger must be 50 complaints or fewer")
        Integer communityTriggerComplaints,
        @NotNull(message = "Enter the Community Trigger period in months")
        @Min(value = 1, message = "The Community Trigger period must be at least 1 month") @Max(value = 60, message = "The Community Trigger period must be 60 months or fewer")
        Integer communityTriggerMonths,
        // Optional on the API so that clients written before the cap existed keep working: absent keeps the current cap.
        @Min(value = 1, message = "A meeting must take at least 1 case") @Max(value = 60, message = "A meeting must take 60 cases or fewer")
        Integer agendaCap,
        // Optional on the API like the cap (absent keeps the current rule), so clients written before them keep working.
        RepeatAnchor repeatAnchor,
        Boolean repeatSamePerpetrator) {

    public SettingsForm(Integer escalationIncidents, Integer escalationMonths, Integer repeatWindowMonths,
            Integer communityTriggerComplaints, Integer communityTriggerMonths) {
        this(escalationIncidents, escalationMonths, repeatWindowMonths, communityTriggerComplaints, communityTriggerMonths, null, null,
                null);
    }
}
