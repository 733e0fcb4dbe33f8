package org.roundtable.access;

import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.Role;

/**
 * Who reads a conference kind's reports, which are counts and never a person: its coordinators and chairs,
 * administrators and auditors. The cases behind a count go through {@link CaseRules}, not this rule.
 */
public final class ReportRules {

    private ReportRules() {
    }

    public static boolean canRead(ConferenceKind kind, Viewer viewer) {
        return viewer.has(Role.ADMIN) || viewer.has(Role.AUDITOR) || MeetingRules.runs(kind, viewer);
    }
}
