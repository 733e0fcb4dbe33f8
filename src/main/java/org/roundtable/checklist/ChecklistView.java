package org.roundtable.checklist;

import java.time.Instant;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/** A checklist version as the API and pages show it. */
public record ChecklistView(UUID id, String code, ConferenceKind conferenceKind, ChecklistPurpose purpose, int version, String name,
        ChecklistDefinition definition, Instant publishedAt, String publishedBy, String changeNote) {

    public int nextVersion() {
        return version + 1;
    }

    static ChecklistView of(ChecklistVersion v) {
        return new ChecklistView(v.id, v.checklistCode, v.conferenceKind, v.purpose, v.version, v.name, v.definition, v.publishedAt,
                v.publishedBy, v.changeNote);
    }
}
