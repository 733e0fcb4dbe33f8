package org.roundtable.contact;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.roundtable.web.Limits;

/** A contact as an advocate logs it (and corrects or amends it), from a page form or the API. */
public record ContactForm(OffsetDateTime occurredAt, Choices.Method method, Choices.Outcome outcome,
        @Size(max = Limits.LONG_TEXT, message = "Safety planning notes must be {max} characters or fewer") String safetyPlanning,
        @Size(max = 8, message = "Choose each service once") List<Choices.Service> services,
        Choices.RiskView victimRiskView,
        @Size(max = Limits.REASON, message = "The victim's words must be {max} characters or fewer") String victimRiskWords,
        Choices.Consent consent) {
}
