package org.roundtable.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The coordinator's two answers about an ASBRAC case six months after it was first heard. */
@Entity
@Table(name = "six_month_review")
class SixMonthReview {

    @Id
    @Column(name = "referral_id")
    UUID referralId;

    @Column(name = "further_incidents", nullable = false)
    boolean furtherIncidents;

    @Column(name = "closed_risk_reduced", nullable = false)
    boolean closedWithRiskReduced;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(name = "recorded_by_subject", nullable = false)
    String recordedBySubject;

    @Column(name = "recorded_by_name", nullable = false)
    String recordedByName;

    @Version
    long version;
}
