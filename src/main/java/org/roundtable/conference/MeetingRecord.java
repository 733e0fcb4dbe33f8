package org.roundtable.conference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.roundtable.action.ActionView;
import org.roundtable.referral.ReferralView;

/** Everything the chair's page and the minutes show of a meeting, case by case. */
public record MeetingRecord(MeetingView meeting, List<Attendee> attendees, List<Apology> apologies, List<String> memberAgencies,
        List<CaseRecord> cases, List<Amendment> amendments) {

    public record Attendee(UUID id, String agencyCode, String name, Instant acknowledgedAt) {
    }

    public record Apology(String agencyCode, String note) {
    }

    public record Amendment(Instant at, String byName, String text) {
    }

    /**
     * A case as the meeting took it: the agencies' research, notes, the actions it reviewed and those it set, the decision;
     * review: the case came back for review (it was under review when listed), rather than new.
     */
    public record CaseRecord(UUID itemId, AgendaItem.Status status, ReferralView referral, List<Research> research, String notes,
            long notesVersion, String notesBy, List<ActionView> earlierActions, List<ActionView> newActions, String decision,
            String decisionReason, java.time.LocalDate nextReviewOn, Integer minutesSpent, Instant heardAt, boolean review) {

        public List<String> agenciesConcerned() {
            java.util.Set<String> agencies = new java.util.TreeSet<>();
            agencies.add(referral.referringAgency());
            research.forEach(r -> agencies.add(r.agencyCode()));
            newActions.forEach(a -> agencies.add(a.ownerAgencyCode()));
            earlierActions.forEach(a -> agencies.add(a.ownerAgencyCode()));
            return List.copyOf(agencies);
        }
    }

    public record Research(UUID id, String agencyCode, boolean known, String summary, String involvement, String risks,
            String childrenDetails, String updatedBy, Instant updatedAt, long version) {

        /** What the minutes say the agency shared: all of it, in one line. */
        public String forMinutes() {
            if (!known) {
                return "Not known to the agency";
            }
            StringBuilder line = new StringBuilder(summary == null ? "" : summary);
            appendLabelled(line, "Involvement", involvement);
            appendLabelled(line, "Risks", risks);
            appendLabelled(line, "Children", childrenDetails);
            return line.toString();
        }

        private static void appendLabelled(StringBuilder line, String label, String value) {
            if (value != null && !value.isBlank()) {
                line.append(line.length() == 0 ? "" : " ").append(label).append(": ").append(value.trim());
            }
        }

        static Research of(CaseResearch r, boolean withChildren) {
            return new Research(r.id, r.agencyCode, r.known, r.summary, r.involvement, r.risks, withChildren ? r.childrenDetails : null,
                    r.updatedBy, r.updatedAt, r.version);
        }
    }

    public boolean allAcknowledged() {
        return !attendees.isEmpty() && attendees.stream().allMatch(a -> a.acknowledgedAt() != null);
    }
}
