package org.roundtable.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.roundtable.audit.AuditService;
import org.roundtable.web.Clocks;
import org.roundtable.web.IllegalStateChangeException;

/**
 * The demo's history: the demo loads everything through the API, which (rightly) refuses meetings and due dates in the
 * past, so an earlier meeting is run today and then moved back, with the cases heard at it, as if it had been held
 * that many days ago. This is the one place that writes other features' tables, and it only ever runs in the demo
 * (the resource answers 404 elsewhere); the audit log keeps the true times and says what was moved.
 */
@ApplicationScoped
public class DemoHistory {

    /** What one move did, for the launcher's output. */
    public record Moved(UUID meetingId, int days, int referrals, int actions) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional
    public Moved moveBack(UUID meetingId, int days) {
        List<?> meeting = entityManager.createNativeQuery("""
                select id from meeting where id = :id and status = 'APPROVED'
                   and (starts_at at time zone 'Europe/London')::date = :today""")
                .setParameter("id", meetingId).setParameter("today", Clocks.today(clock)).getResultList();
        if (meeting.isEmpty()) {
            throw new IllegalStateChangeException("Only a meeting held today with its minutes approved can be moved into the past");
        }
        List<?> referrals = entityManager.createNativeQuery("select referral_id from agenda_item where meeting_id = :id")
                .setParameter("id", meetingId).getResultList();
        shift("""
                update referral set created_at = created_at - make_interval(days => :days),
                       updated_at = updated_at - make_interval(days => :days),
                       submitted_at = submitted_at - make_interval(days => :days), review_due_on = review_due_on - :days
                where id in (select referral_id from agenda_item where meeting_id = :id)""", meetingId, days);
        shift("""
                update referral_transition set occurred_at = occurred_at - make_interval(days => :days)
                where referral_id in (select referral_id from agenda_item where meeting_id = :id)""", meetingId, days);
        shift("""
                update meeting set starts_at = starts_at - make_interval(days => :days),
                       created_at = created_at - make_interval(days => :days),
                       published_at = published_at - make_interval(days => :days), started_at = started_at - make_interval(days => :days),
                       ended_at = ended_at - make_interval(days => :days), approved_at = approved_at - make_interval(days => :days)
                where id = :id""", meetingId, days);
        shift("""
                update agenda_item set next_review_on = next_review_on - :days where meeting_id = :id""",
                meetingId, days);
        shift("""
                update meeting_attendee set added_at = added_at - make_interval(days => :days),
                       acknowledged_at = acknowledged_at - make_interval(days => :days)
                where meeting_id = :id""", meetingId, days);
        shift("""
                update case_research set updated_at = updated_at - make_interval(days => :days)
                where agenda_item_id in (select id from agenda_item where meeting_id = :id)""", meetingId, days);
        shift("""
                update action_update set at = at - make_interval(days => :days)
                where action_id in (select id from action where meeting_id = :id)""", meetingId, days);
        int actions = shift("""
                update action set created_at = created_at - make_interval(days => :days), due_on = due_on - :days,
                       completed_at = completed_at - make_interval(days => :days)
                where meeting_id = :id""", meetingId, days);
        audit.record("demo.meeting-moved", "meeting", meetingId.toString(),
                "demo history: the meeting, its " + referrals.size() + " case(s) and " + actions + " action(s) moved back " + days + " days");
        return new Moved(meetingId, days, referrals.size(), actions);
    }

    private int shift(String sql, UUID meetingId, int days) {
        return entityManager.createNativeQuery(sql).setParameter("id", meetingId).setParameter("days", days).executeUpdate();
    }
}
