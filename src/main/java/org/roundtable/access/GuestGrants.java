package org.roundtable.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The guest invitations ({@link GuestGrant}): written by the coordinator's agenda, read by the access rules. */
@ApplicationScoped
public class GuestGrants implements PanacheRepositoryBase<GuestGrant, GuestGrant.Key> {

    /** Invites the agency to the meeting for the case; inviting twice changes nothing. */
    public void grant(UUID meetingId, String agencyCode, UUID referralId, String invitedBy) {
        String agency = agencyCode.toUpperCase(Locale.ROOT);
        if (count("meetingId = ?1 and agencyCode = ?2 and referralId = ?3", meetingId, agency, referralId) > 0) {
            return;
        }
        GuestGrant grant = new GuestGrant();
        grant.meetingId = meetingId;
        grant.agencyCode = agency;
        grant.referralId = referralId;
        grant.invitedAt = Instant.now();
        grant.invitedBy = invitedBy;
        persist(grant);
    }

    /** Every grant of one meeting, by agency code. */
    public List<GuestGrant> ofMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by agencyCode, referralId", meetingId);
    }

    /** Every grant of one agency: what a viewer of that agency carries through a request. */
    public List<GuestGrant> ofAgency(String agencyCode) {
        return list("agencyCode", agencyCode.toUpperCase(Locale.ROOT));
    }

    public static Set<UUID> meetings(List<GuestGrant> grants) {
        Set<UUID> ids = new HashSet<>();
        grants.forEach(g -> ids.add(g.meetingId));
        return ids;
    }

    public static Set<UUID> cases(List<GuestGrant> grants) {
        Set<UUID> ids = new HashSet<>();
        grants.forEach(g -> ids.add(g.referralId));
        return ids;
    }
}
