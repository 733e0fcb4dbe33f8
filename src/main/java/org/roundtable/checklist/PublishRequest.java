package org.roundtable.checklist;

import org.roundtable.web.Limits;
import jakarta.validation.constraints.Size;

/** A new version of a checklist: the version it was edited from (to catch two editors at once), what changed, and the content. */
public record PublishRequest(Integer basedOnVersion,
        @Size(max = Limits.REASON, message = "Change note must be {max} characters or fewer") String changeNote,
        ChecklistDefinition definition) {
}
