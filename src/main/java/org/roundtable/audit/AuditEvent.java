package org.roundtable.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** One line of the append-only audit log. The database refuses updates and deletes. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(name = "actor_agency")
    public String actorAgency;

    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    public String reason;

    public String detail;

    /** The other records this event is about, for example every id a list returned (audit_event_subject). */
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 500)
    @CollectionTable(name = "audit_event_subject", joinColumns = @JoinColumn(name = "event_id"))
    public Set<AuditSubject> subjects = new LinkedHashSet<>();
}
