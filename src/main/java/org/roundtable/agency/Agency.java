package org.roundtable.agency;

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
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A partner agency of the partnership, and the conference kinds it is a member of. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_code", nullable = false)
    public String shortCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false)
    public AgencyType type;

    @Column(nullable = false)
    public boolean active;

    /** The agency's shared conference mailbox, told when an agenda is published; null when it has none. */
    @Column(name = "contact_email")
    public String contactEmail;

    /** Where its referrals count in the MARAC data return; null until an administrator sets it (counted as other). */
    @Enumerated(EnumType.STRING)
    @Column(name = "safelives_source")
    public SafeLivesSource safeLivesSource;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_conference_kind", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "conference_kind_code")
    @Enumerated(EnumType.STRING)
    public Set<ConferenceKind> conferenceKinds = EnumSet.noneOf(ConferenceKind.class);

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
