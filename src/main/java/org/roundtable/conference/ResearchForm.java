package org.roundtable.conference;

import org.roundtable.web.Limits;
import jakarta.validation.constraints.Size;

/** What an agency holds about a listed case. */
public record ResearchForm(Boolean known,
        @Size(max = Limits.LONG_TEXT, message = "Summary must be {max} characters or fewer") String summary,
        @Size(max = Limits.LONG_TEXT, message = "Involvement must be {max} characters or fewer") String involvement,
        @Size(max = Limits.LONG_TEXT, message = "Risks must be {max} characters or fewer") String risks,
        @Size(max = Limits.LONG_TEXT, message = "Children's details must be {max} characters or fewer") String childrenDetails) {
}
