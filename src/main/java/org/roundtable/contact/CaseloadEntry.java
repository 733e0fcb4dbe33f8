package org.roundtable.contact;

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

/** One accepted case on the advocate service's caseload; support is open until the advocate closes it. */
@Entity
@Table(name = "caseload_entry")
class CaseloadEntry {

    enum Support {
        OPEN, CLOSED
    }

    @Id
    UUID id;

    @Column(name = "referral_id", nullable = false)
    UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(name = "conference_kind_code", nullable = false)
    ConferenceKind kind;

    @Column(name = "referred_at", nullable = false)
    Instant referredAt;

    /** When the case was allocated to the advocate service (its acceptance); first contact is due from then. */
    @Column(name = "service_allocated_at", nullable = false)
    Instant serviceAllocatedAt;

    @Column(name = "advocate_subject")
    String advocateSubject;

    @Column(name = "advocate_name")
    String advocateName;

    @Column(name = "advocate_agency")
    String advocateAgency;

    @Column(name = "allocated_at")
    Instant allocatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Support support = Support.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    Choices.ClosureReason closureReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_physical")
    Choices.Change physical;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_sexual")
    Choices.Change sexual;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_harassment")
    Choices.Change harassment;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_controlling")
    Choices.Change controlling;

    @Enumerated(EnumType.STRING)
    @Column(name = "feels_safer")
    Choices.FeelsSafer feelsSafer;

    @Column(name = "closed_at")
    Instant closedAt;

    @Version
    long version;
}
