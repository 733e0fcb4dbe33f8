package org.roundtable.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.roundtable.agency.ConferenceKind;

/** Thresholds of one conference kind that a partnership sets for itself. */
@Entity
@Table(name = "conference_setting")
public class ConferenceSetting {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "conference_kind_code")
    public ConferenceKind conferenceKind;

    @Column(name = "escalation_incidents", nullable = false)
    public int escalationIncidents;

    @Column(name = "escalation_months", nullable = false)
    public int escalationMonths;

    @Column(name = "repeat_window_months", nullable = false)
    public int repeatWindowMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "repeat_anchor", nullable = false)
    public RepeatAnchor repeatAnchor;

    @Column(name = "repeat_same_perpetrator", nullable = false)
    public boolean repeatSamePerpetrator;

    @Column(name = "community_trigger_complaints", nullable = false)
    public int communityTriggerComplaints;

    @Column(name = "community_trigger_months", nullable = false)
    public int communityTriggerMonths;

    @Column(name = "agenda_cap", nullable = false)
    public int agendaCap;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
