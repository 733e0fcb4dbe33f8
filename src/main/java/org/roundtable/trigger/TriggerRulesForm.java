package org.roundtable.trigger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The Community Trigger rules as an administrator sets them; the complaints rule's numbers stay in the ASBRAC settings. */
public record TriggerRulesForm(
        @NotNull(message = "Say whether the complaints rule is used") Boolean complaintsRule,
        @NotNull(message = "Say whether the same-problem rule is used") Boolean sameProblemRule,
        @NotNull(message = "Enter how many people reporting the same problem start a Community Trigger")
        @Min(value = 2, message = "The same problem needs at least 2 people reporting it")
        @Max(value = 50, message = "The same problem must be 50 people or fewer") Integer sameProblemReporters,
        @NotNull(message = "Enter the same-problem period in months")
        @Min(value = 1, message = "The same-problem period must be at least 1 month")
        @Max(value = 60, message = "The same-problem period must be 60 months or fewer") Integer sameProblemMonths,
        @NotNull(message = "Say whether the hate incident rule is used") Boolean hateIncidentRule) {
}
