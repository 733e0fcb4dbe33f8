package org.roundtable.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/** One sitting of a conference: when and where, who chairs, and how far it has got. */
@Entity
@Table(name = "meeting")
public class Meeting {

    public enum Status {
        PLANNED("Planned"), PUBLISHED("Agenda published"), IN_PROGRESS("In progress"), HELD("Held"), APPROVED("Minutes approved");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "conference_kind_code", nullable = false)
    public ConferenceKind kind;

    @Column(name = "series_id")
    public UUID seriesId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    public String venue;

    @Column(name = "video_link")
    public String videoLink;

    @Column(name = "chair_subject", nullable = false)
    public String chairSubject;

    @Column(name = "chair_name", nullable = false)
    public String chairName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "confidentiality_statement", nullable = false)
    public String confidentialityStatement;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Version
    public long version;
}
