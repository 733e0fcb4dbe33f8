package org.roundtable.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A contact with the victim, or an attempt; with {@code amendsEntryId}, an amendment to an older entry. */
@Entity
@Table(name = "contact_entry")
class ContactEntry {

    @Id
    UUID id;

    @Column(name = "referral_id", nullable = false)
    UUID referralId;

    @Column(name = "amends_entry_id")
    UUID amendsEntryId;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Choices.Method method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Choices.Outcome outcome;

    @Column(name = "safety_planning")
    String safetyPlanning;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    List<String> services = List.of();

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_risk_view")
    Choices.RiskView victimRiskView;

    @Column(name = "victim_risk_words")
    String victimRiskWords;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_to_share")
    Choices.Consent consent;

    @Column(name = "author_subject", nullable = false)
    String authorSubject;

    @Column(name = "author_name", nullable = false)
    String authorName;

    @Column(name = "author_agency")
    String authorAgency;

    @Column(name = "written_at", nullable = false)
    Instant writtenAt;

    @Column(name = "corrected_at")
    Instant correctedAt;

    @Version
    long version;
}
