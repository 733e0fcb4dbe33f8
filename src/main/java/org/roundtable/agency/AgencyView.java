package org.roundtable.agency;

import java.util.List;
import java.util.UUID;

/** An agency as the API and pages show it. */
public record AgencyView(UUID id, String name, String shortCode, AgencyType type, String typeLabel, boolean active,
        String contactEmail, List<ConferenceKind> conferenceKinds, long version, SafeLivesSource safeLivesSource,
        String safeLivesSourceLabel) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.id, agency.name, agency.shortCode, agency.type, agency.type.label(), agency.active, agency.contactEmail,
                agency.conferenceKinds.stream().sorted().toList(), agency.version, agency.safeLivesSource,
                agency.safeLivesSource == null ? "Not set (counted as other)" : agency.safeLivesSource.label());
    }
}
