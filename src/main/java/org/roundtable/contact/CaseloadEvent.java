package org.roundtable.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A line of the case's caseload history: allocated to the service, taken, allocated, closed, reopened. */
@Entity
@Table(name = "caseload_event")
class CaseloadEvent {

    @Id
    UUID id;

    @Column(name = "entry_id", nullable = false)
    UUID entryId;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(nullable = false)
    String what;

    @Column(name = "actor_subject", nullable = false)
    String actorSubject;

    @Column(name = "actor_name", nullable = false)
    String actorName;

    String detail;
}
