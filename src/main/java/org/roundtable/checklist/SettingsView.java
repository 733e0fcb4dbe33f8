package org.roundtable.checklist;

import java.time.Instant;
import org.roundtable.agency.ConferenceKind;

/** A conference kind's thresholds, with who changed them last. */
public record SettingsView(ConferenceKind conferenceKind, int escalationIncidents, int escalationMonths, int repeatWindowMonths,
        RepeatAnchor repeatAnchor, boolean repeatSamePerpetrator, int communityTriggerComplaints, int communityTriggerMonths,
        int agendaCap, long version, Instant updatedAt, String updatedBy) {

    static SettingsView of(ConferenceSetting s) {
        return new SettingsView(s.conferenceKind, s.escalationIncidents, s.escalationMonths, s.repeatWindowMonths, s.repeatAnchor,
                s.repeatSamePerpetrator, s.communityTriggerComplaints, s.communityTriggerMonths, s.agendaCap, s.version, s.updatedAt,
                s.updatedBy);
    }

    String describe() {
        return "escalation=" + escalationIncidents + " in " + escalationMonths + " months; repeat=" + describeRepeats()
                + "; communityTrigger=" + communityTriggerComplaints + " in " + communityTriggerMonths + " months; agendaCap="
                + agendaCap;
    }

    /** The repeat rule in words: "12 months after the last referral, sharing an alleged perpetrator". */
    public String describeRepeats() {
        return repeatWindowMonths + " months after " + repeatAnchor.words()
                + (repeatSamePerpetrator ? ", sharing an alleged perpetrator" : ", whoever the alleged perpetrator");
    }
}
