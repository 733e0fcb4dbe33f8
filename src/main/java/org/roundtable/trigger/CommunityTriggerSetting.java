package org.roundtable.trigger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The partnership's Community Trigger rules: which are on, and the numbers of the same-problem rule. One row. */
@Entity
@Table(name = "community_trigger_setting")
class CommunityTriggerSetting {

    static final short THE_PARTNERSHIP = 1;

    @Id
    short id;

    @Column(name = "complaints_rule", nullable = false)
    boolean complaintsRule;

    @Column(name = "same_problem_rule", nullable = false)
    boolean sameProblemRule;

    @Column(name = "same_problem_reporters", nullable = false)
    int sameProblemReporters;

    @Column(name = "same_problem_months", nullable = false)
    int sameProblemMonths;

    @Column(name = "hate_incident_rule", nullable = false)
    boolean hateIncidentRule;

    @Version
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;
}
