package org.roundtable.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.checklist.Band;

/** One line of a caseload. */
public record CaseloadRow(UUID referralId, String reference, ConferenceKind kind, String victimName, Band band, LocalDate nextMeeting,
        Instant lastContact, long daysSinceReferral, ContactStatus status, String advocateName, boolean allocatedToMe,
        Instant referredAt, long version) {

    public String bandLabel() {
        return band == null ? "Not scored" : band.label();
    }

    public boolean unallocated() {
        return advocateName == null;
    }
}
