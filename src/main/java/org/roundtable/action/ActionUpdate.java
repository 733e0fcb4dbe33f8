package org.roundtable.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A dated change to an action: appended, never changed, so the history of an action is never overwritten. */
@Entity
@Table(name = "action_update")
public class ActionUpdate {

    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "by_name", nullable = false)
    public String byName;

    @Column(name = "agency_code")
    public String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action.Status status;

    @Enumerated(EnumType.STRING)
    public Action.NotDoneCategory category;

    public String note;

    @Column(name = "meeting_id")
    public UUID meetingId;

    /** Set when this update assigned the action to someone. */
    @Column(name = "assignee_subject")
    public String assigneeSubject;

    @Column(name = "assignee_name")
    public String assigneeName;
}
