package org.roundtable.conference;

import java.time.Instant;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/** A meeting as its list and pages show it. */
public record MeetingView(UUID id, ConferenceKind kind, UUID seriesId, Instant startsAt, String venue, String videoLink,
        String chairSubject, String chairName, Meeting.Status status, String confidentialityStatement, Instant publishedAt,
        Instant startedAt, Instant endedAt, Instant approvedAt, String approvedBy, long version) {

    static MeetingView of(Meeting m) {
        return new MeetingView(m.id, m.kind, m.seriesId, m.startsAt, m.venue, m.videoLink, m.chairSubject, m.chairName, m.status,
                m.confidentialityStatement, m.publishedAt, m.startedAt, m.endedAt, m.approvedAt, m.approvedBy, m.version);
    }

    /** "MARAC, 24 Nov 2026 10:00": how people name a meeting (no personal data). */
    public String title() {
        return kind.label() + ", " + Meetings.DATE_TIME.format(startsAt.atZone(Meetings.LONDON));
    }
}
