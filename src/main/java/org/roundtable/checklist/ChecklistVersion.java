package org.roundtable.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.roundtable.agency.ConferenceKind;

/** One published version of a checklist. Never changed once published: a change is a new version. */
@Entity
@Table(name = "checklist_version")
public class ChecklistVersion {

    @Id
    public UUID id;

    @Column(name = "checklist_code", nullable = false)
    public String checklistCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "conference_kind_code", nullable = false)
    public ConferenceKind conferenceKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChecklistPurpose purpose = ChecklistPurpose.REFERRAL;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public ChecklistDefinition definition;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "change_note", nullable = false)
    public String changeNote;
}
