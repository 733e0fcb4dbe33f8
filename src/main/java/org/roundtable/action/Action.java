package org.roundtable.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/** Something a conference asked one agency to do about a case, by a date. */
@Entity
@Table(name = "action")
public class Action {

    public enum Status {
        OPEN("Open"), IN_PROGRESS("In progress"), DONE("Done"), NOT_DONE("Not done");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isOpen() {
            return this == OPEN || this == IN_PROGRESS;
        }

        public String tagColour() {
            return switch (this) {
                case OPEN -> "govuk-tag--blue";
                case IN_PROGRESS -> "govuk-tag--yellow";
                case DONE -> "govuk-tag--green";
                case NOT_DONE -> "govuk-tag--grey";
            };
        }
    }

    /** Why an action was not done, as the minutes and reports count it. */
    public enum NotDoneCategory {
        CIRCUMSTANCES_CHANGED("Circumstances changed"), AGENCY_DID_NOT_ACT("Agency did not act"), OTHER("Other");

        private final String label;

        NotDoneCategory(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    /** The meeting that set it; none when a coordinator added it between meetings. */
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "conference_kind_code", nullable = false)
    public ConferenceKind kind;

    @Column(name = "case_reference")
    public String caseReference;

    /** The colleague of the owning agency it is assigned to; none until its single point of contact assigns it. */
    @Column(name = "assignee_subject")
    public String assigneeSubject;

    @Column(name = "assignee_name")
    public String assigneeName;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "owner_agency_code", nullable = false)
    public String ownerAgencyCode;

    @Column(nullable = false)
    public String description;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_done_category")
    public NotDoneCategory notDoneCategory;

    @Column(name = "not_done_reason")
    public String notDoneReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    public boolean overdueOn(LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }
}
