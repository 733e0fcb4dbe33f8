package org.roundtable.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Answers scored on the checklist version that was current at the time; the score is computed on the server. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "checklist_version_id")
    public ChecklistVersion checklistVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> answers;

    @Column(nullable = false)
    public int total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Band band;

    public Boolean eligible;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;
}
