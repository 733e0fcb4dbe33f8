package org.roundtable.checklist;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A scored assessment, with the checklist version it was scored on. */
public record AssessmentView(UUID id, String checklistCode, int checklistVersion, Map<String, String> answers, Score score,
        Instant scoredAt) {
}
