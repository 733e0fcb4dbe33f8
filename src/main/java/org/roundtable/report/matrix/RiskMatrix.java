package org.roundtable.report.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One scoring of the partnership's issues, such as the strategic assessment's for 2013-14. */
@Entity
@Table(name = "risk_matrix")
class RiskMatrix {

    @Id
    UUID id;

    @Column(nullable = false)
    String title;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
