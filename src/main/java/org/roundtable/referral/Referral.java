package org.roundtable.referral;

import jakarta.persistence.Column;
import org.roundtable.access.CaseFacts;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.roundtable.agency.ConferenceKind;

/** A referral of one victim to one conference kind. Its state changes only through {@link ReferralWorkflow}. */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    public UUID id;

    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "conference_kind_code", nullable = false)
    public ConferenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_before_listing")
    public ReferralState stateBeforeListing;

    /** When a case kept under review is due back on an agenda. */
    @Column(name = "review_due_on")
    public java.time.LocalDate reviewDueOn;

    @Version
    public long version;

    @Column(name = "referring_agency_code", nullable = false)
    public String referringAgencyCode;

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "officer_name")
    public String officerName;

    @Column(name = "victim_person_id")
    public UUID victimPersonId;

    @Column(name = "incident_summary")
    public String incidentSummary;

    /** The day the incident happened, where the referrer knows it. */
    @Column(name = "incident_on")
    public java.time.LocalDate incidentOn;

    @Column(name = "checklist_code", nullable = false)
    public String checklistCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> answers = Map.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answer_notes", nullable = false, columnDefinition = "jsonb")
    public Map<String, String> answerNotes = Map.of();

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "professional_judgement", nullable = false)
    public boolean professionalJudgement;

    @Column(name = "professional_judgement_reasons")
    public String professionalJudgementReasons;

    @Column(name = "police_incidents_12_months")
    public Integer policeIncidents12Months;

    public String consent;

    @Column(name = "consent_reason")
    public String consentReason;

    /** The victim's coded equality answers at submission; null where the referrer gave none (see {@link Ethnicity}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "victim_ethnicity")
    public Ethnicity victimEthnicity;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_disability")
    public YesNoNotKnown victimDisability;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_lgbtq")
    public YesNoNotKnown victimLgbtq;

    @Column(name = "screen_out_reason")
    public String screenOutReason;

    public String signposting;

    @Column(name = "return_question")
    public String returnQuestion;

    @Column(name = "return_answer")
    public String returnAnswer;

    @Column(name = "triage_call_id")
    public UUID triageCallId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public ReferralDraft draft;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The earlier referral that makes this one a repeat by the rule ({@link RepeatRule}), whatever a coordinator said. */
    @Column(name = "repeat_of_referral_id")
    public java.util.UUID repeatOfReferralId;

    /** The day the repeat window counted from: the earlier referral's submission or its last hearing. */
    @Column(name = "repeat_anchored_on")
    public java.time.LocalDate repeatAnchoredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "repeat_anchor")
    public org.roundtable.checklist.RepeatAnchor repeatAnchor;

    /** A coordinator's answer (a repeat or not), which stands over the rule's until it is cleared. */
    @Column(name = "repeat_override")
    public Boolean repeatOverride;

    @Column(name = "repeat_override_reason")
    public String repeatOverrideReason;

    @Column(name = "repeat_override_by")
    public String repeatOverrideBy;

    @Column(name = "repeat_override_at")
    public Instant repeatOverrideAt;

    /** The flag shown and counted: the coordinator's answer where there is one, else the rule's. */
    public boolean isRepeat() {
        return repeatOverride != null ? repeatOverride : repeatOfReferralId != null;
    }

    /** What the access rules read of this referral. */
    public CaseFacts facts() {
        return new CaseFacts(id, kind, state.accessStage(), referringAgencyCode, authorSubject);
    }
}
