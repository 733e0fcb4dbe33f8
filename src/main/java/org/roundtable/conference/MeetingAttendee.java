package org.roundtable.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Someone at a meeting for an agency, and when they acknowledged the confidentiality statement. */
@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
