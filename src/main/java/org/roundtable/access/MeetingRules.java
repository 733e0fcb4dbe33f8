package org.roundtable.access;

import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/**
 * Who sees and does what at a conference's meetings (docs/security-model.md). "Member" is defined here once: a case
 * role in an agency that is a member of the conference kind. A guest agency is invited to one meeting for named cases
 * only ({@link GuestGrants}); the viewer carries those grants, read once per request.
 */
public final class MeetingRules {

    private MeetingRules() {
    }

    /** A case role in an agency that is a member of the kind. */
    public static boolean isMember(ConferenceKind kind, Viewer viewer) {
        return viewer.hasCaseRole() && viewer.agencyCode() != null && viewer.agencyKinds().contains(kind);
    }

    /** An agency invited to this meeting for some of its cases. */
    public static boolean isGuest(UUID meetingId, Viewer viewer) {
        return viewer.hasCaseRole() && viewer.guestMeetings().contains(meetingId);
    }

    /** The chair and the coordinators of the kind run its meetings. */
    public static boolean runs(ConferenceKind kind, Viewer viewer) {
        return viewer.coordinates(kind) || viewer.chairs(kind);
    }

    /** Meetings of a kind the reader runs or whose agency is a member; a guest sees only the meetings it was invited to. */
    public static boolean canSeeKind(ConferenceKind kind, Viewer viewer) {
        return runs(kind, viewer) || isMember(kind, viewer);
    }

    public static boolean canSee(ConferenceKind kind, UUID meetingId, Viewer viewer) {
        return canSeeKind(kind, viewer) || isGuest(meetingId, viewer);
    }

    /** One listed case of a meeting: every member sees it, a guest only the cases it was invited for. */
    public static boolean canSeeListedCase(ConferenceKind kind, UUID referralId, Viewer viewer) {
        return runs(kind, viewer) || isMember(kind, viewer) || viewer.hasCaseRole() && viewer.guestCases().contains(referralId);
    }

    /** Sharing what an agency holds before the meeting: member agencies, and guests for their cases. */
    public static boolean canShareResearch(ConferenceKind kind, UUID meetingId, Viewer viewer) {
        return viewer.agencyCode() != null && (isMember(kind, viewer) || isGuest(meetingId, viewer));
    }

    public static boolean canShareResearchOn(ConferenceKind kind, UUID referralId, Viewer viewer) {
        return isMember(kind, viewer) || viewer.hasCaseRole() && viewer.guestCases().contains(referralId);
    }

    /** An agency's extract of the minutes: that agency (member or guest), the chair and the coordinators. */
    public static boolean canReadExtract(ConferenceKind kind, UUID meetingId, String agencyCode, Viewer viewer) {
        return runs(kind, viewer) || canSee(kind, meetingId, viewer) && agencyCode.equalsIgnoreCase(String.valueOf(viewer.agencyCode()));
    }

    /** Setting up meetings and building agendas. */
    public static boolean canSetUp(ConferenceKind kind, Viewer viewer) {
        return viewer.coordinates(kind);
    }

    /** Decisions on cases and approving the minutes. */
    public static boolean canDecide(ConferenceKind kind, Viewer viewer) {
        return viewer.chairs(kind);
    }
}
