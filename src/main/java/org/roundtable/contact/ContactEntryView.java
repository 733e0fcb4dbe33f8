package org.roundtable.contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A logged contact with its corrections (what it said before each) and the amendments added to it later. */
public record ContactEntryView(UUID id, UUID amendsEntryId, Instant occurredAt, Choices.Method method, Choices.Outcome outcome,
        String safetyPlanning, List<Choices.Service> services, Choices.RiskView victimRiskView, String victimRiskWords,
        Choices.Consent consent, String authorName, Instant writtenAt, Instant correctedAt, boolean correctableByYou,
        List<Correction> corrections, List<ContactEntryView> amendments, long version) {

    public record Correction(Instant correctedAt, String correctedBy, Map<String, Object> before) {
    }

    public String servicesLabel() {
        return services.isEmpty() ? "None" : String.join(", ", services.stream().map(Choices.Service::label).toList());
    }
}
