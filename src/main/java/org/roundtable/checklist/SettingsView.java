package org.roundtable.checklist;

import java.time.Instant;
import org.roundtable.agency.ConferenceKind;

/** A conference kind's thresholds, with who changed them last. */
public record SettingsView(ConferenceKind conferenceKind, int escalationIncidents, int escalationMonths, int repeatWindowMonths,
        int communityTriggerComplaints, int communityTriggerMonths, int agendaCap, long version, Instant updatedAt, String updatedBy) {

    static SettingsView of(ConferenceSetting s) {
        return new SettingsView(s.conferenceKind, s.escalationIncidents, s.escalationMonths, s.repeatWindowMonths,
                s.communityTriggerComplaints, s.communityTriggerMonths, s.agendaCap, s.version, s.updatedAt, s.updatedBy);
    }

    String describe() {
        return "escalation=" + escalationIncidents + " in " + escalationMonths + " months; repeatWindow=" + repeatWindowMonths
                + " months; communityTrigger=" + communityTriggerComplaints + " in " + communityTriggerMonths + " months; agendaCap="
                + agendaCap;
    }
}
