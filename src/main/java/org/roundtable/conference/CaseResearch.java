package org.roundtable.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** What one agency holds about a listed case, shared before the meeting. */
@Entity
@Table(name = "case_research")
public class CaseResearch {

    @Id
    public UUID id;

    @Column(name = "agenda_item_id", nullable = false)
    public UUID agendaItemId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(nullable = false)
    public boolean known;

    public String summary;

    public String involvement;

    public String risks;

    @Column(name = "children_details")
    public String childrenDetails;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
