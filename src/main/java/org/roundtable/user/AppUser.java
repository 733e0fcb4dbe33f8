package org.roundtable.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.roundtable.agency.ConferenceKind;

/**
 * A person who has signed in. Name, agency and roles are copied from the token at each sign-in;
 * the conference kinds of coordinators and chairs are known only to Roundtable.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    public String subject;

    @Column(nullable = false)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String email;

    @Column(name = "agency_code")
    public String agencyCode;

    /** Realm roles, space separated, as the token held them at the last sign-in. */
    @Column(nullable = false)
    public String roles = "";

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "first_sign_in_at", nullable = false)
    public Instant firstSignInAt;

    @Column(name = "last_sign_in_at", nullable = false)
    public Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_conference_kind", joinColumns = @JoinColumn(name = "user_subject"))
    @Column(name = "conference_kind_code")
    @Enumerated(EnumType.STRING)
    public Set<ConferenceKind> conferenceKinds = EnumSet.noneOf(ConferenceKind.class);

    @Version
    public long version;

    public List<String> roleList() {
        return roles.isBlank() ? List.of() : Arrays.asList(roles.trim().split(" "));
    }

    /** Only coordinators and chairs work for particular conference kinds. */
    public boolean holdsConferenceKinds() {
        return roleList().contains(Role.COORDINATOR) || roleList().contains(Role.CHAIR);
    }
}
