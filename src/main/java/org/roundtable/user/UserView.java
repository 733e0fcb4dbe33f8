package org.roundtable.user;

import java.time.Instant;
import java.util.List;
import org.roundtable.agency.ConferenceKind;

/** A user as administrators see them. */
public record UserView(String subject, String username, String displayName, String email, String agencyCode,
        List<String> roles, boolean active, Instant lastSignInAt, List<ConferenceKind> conferenceKinds,
        boolean holdsConferenceKinds, long version) {

    static UserView of(AppUser user) {
        return new UserView(user.subject, user.username, user.displayName, user.email, user.agencyCode, user.roleList(),
                user.active, user.lastSignInAt, user.conferenceKinds.stream().sorted().toList(), user.holdsConferenceKinds(),
                user.version);
    }
}
