package org.roundtable.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An agency that is not a member of the conference, invited to one meeting for one case. */
@Entity
@Table(name = "meeting_guest")
@IdClass(GuestGrant.Key.class)
public class GuestGrant {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    /** Upper case, as agency codes are compared everywhere. */
    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "invited_by", nullable = false)
    public String invitedBy;

    /** The grant's key: one agency, one case, one meeting. */
    public static class Key implements Serializable {
        public UUID meetingId;
        public String agencyCode;
        public UUID referralId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(meetingId, key.meetingId) && Objects.equals(agencyCode, key.agencyCode)
                    && Objects.equals(referralId, key.referralId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, agencyCode, referralId);
        }
    }
}
