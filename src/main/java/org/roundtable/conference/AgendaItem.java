package org.roundtable.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.roundtable.referral.ConferenceCases;
import org.roundtable.referral.ReferralState;

/** A case on a meeting's agenda, and what the meeting made of it. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    public enum Status { PROPOSED, LISTED, DEFERRED, HEARD }

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Accepted or under review: where a deferred case goes back to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "came_from", nullable = false)
    public ReferralState cameFrom;

    @Column(name = "defer_reason")
    public String deferReason;

    public String notes;

    /** Counts saves of the notes alone, so that a decision saved meanwhile does not make a notes save stale. */
    @Column(name = "notes_version", nullable = false)
    public long notesVersion;

    @Column(name = "notes_by")
    public String notesBy;

    @Enumerated(EnumType.STRING)
    public ConferenceCases.Decision decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    @Column(name = "minutes_spent")
    public Integer minutesSpent;

    @Column(name = "heard_at")
    public Instant heardAt;

    @Version
    public long version;

    /** Whether the case came back for review, rather than new: it was under review when it was put on the agenda. */
    public boolean isReview() {
        return cameFrom == ReferralState.UNDER_REVIEW;
    }
}
