package org.roundtable.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.roundtable.checklist.Band;

/** One police call taken through the triage script, from first contact. */
@Entity
@Table(name = "triage_call")
public class TriageCall {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String reference;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "handler_subject", nullable = false)
    public String handlerSubject;

    @Column(name = "handler_name", nullable = false)
    public String handlerName;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TriageOutcome outcome;

    @Column(name = "immediate_danger")
    public Boolean immediateDanger;

    @Column(name = "caller_first_name")
    public String callerFirstName;

    @Column(name = "caller_last_name")
    public String callerLastName;

    @Column(name = "caller_match_name")
    public String callerMatchName;

    @Column(name = "caller_date_of_birth")
    public LocalDate callerDateOfBirth;

    @Column(name = "caller_phone")
    public String callerPhone;

    /** Yes: about a partner, ex-partner or family member (domestic abuse questions); no: anti-social behaviour. */
    public Boolean domestic;

    @Column(name = "checklist_version_id")
    public UUID checklistVersionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> answers = new HashMap<>();

    /** Answers to questions the current branch does not ask, kept for a change of branch back (V46). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "set_aside_answers", nullable = false, columnDefinition = "jsonb")
    public Map<String, String> setAsideAnswers = new HashMap<>();

    public Integer total;

    @Enumerated(EnumType.STRING)
    public Band band;

    public String route;

    @Column(nullable = false)
    public boolean vulnerable;

    @Column(name = "earlier_calls", nullable = false)
    public int earlierCalls;

    @Column(name = "earlier_vulnerable", nullable = false)
    public boolean earlierVulnerable;

    /** Conference kinds that already knew a person with the caller's name and date of birth, comma separated. */
    @Column(name = "known_to")
    public String knownTo;

    @Column(name = "referral_id")
    public UUID referralId;

    @Version
    public long version;
}
