package org.roundtable.report.matrix;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A crime or disorder issue of a matrix with its nine scores; its total and rank are the view risk_matrix_ranking's. */
@Entity
@Table(name = "risk_matrix_issue")
class MatrixIssue {

    @Id
    UUID id;

    @Column(name = "matrix_id", nullable = false)
    UUID matrixId;

    @Column(nullable = false)
    String name;

    @Column(name = "performance_deteriorating", nullable = false)
    int performanceDeteriorating;

    @Column(name = "national_priority", nullable = false)
    int nationalPriority;

    @Column(name = "local_priority", nullable = false)
    int localPriority;

    @Column(name = "community_priority", nullable = false)
    int communityPriority;

    @Column(name = "harm_to_property", nullable = false)
    int harmToProperty;

    @Column(name = "harm_to_people", nullable = false)
    int harmToPeople;

    @Column(nullable = false)
    int fear;

    @Column(nullable = false)
    int cost;

    @Column(nullable = false)
    int likelihood;

    @Version
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    IssueScores scores() {
        return new IssueScores(name, performanceDeteriorating, nationalPriority, localPriority, communityPriority, harmToProperty,
                harmToPeople, fear, cost, likelihood);
    }

    /** Takes checked scores; true when anything changed. */
    boolean take(IssueScores scores, Instant now) {
        if (scores.equals(scores())) {
            return false;
        }
        name = scores.name();
        performanceDeteriorating = scores.performanceDeteriorating();
        nationalPriority = scores.nationalPriority();
        localPriority = scores.localPriority();
        communityPriority = scores.communityPriority();
        harmToProperty = scores.harmToProperty();
        harmToPeople = scores.harmToPeople();
        fear = scores.fear();
        cost = scores.cost();
        likelihood = scores.likelihood();
        updatedAt = now;
        return true;
    }
}
