package org.roundtable.referral;

import org.roundtable.access.CaseRules;
import org.roundtable.access.Viewers;
import org.roundtable.access.Viewer;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

/**
 * What a conference does to referrals: which cases may go on an agenda, listing them when the agenda is published,
 * deferring one back where it came from, and recording the chair's decision. The lifecycle table still decides
 * every state change.
 */
@ApplicationScoped
public class ConferenceCases {

    /** The chair's decision on a heard case. */
    public enum Decision {
        UNDER_REVIEW("Keep under review"), CLOSED("Close"), REFERRED_ELSEWHERE("Close: referred elsewhere");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralService service;

    @Inject
    ReferralWorkflow workflow;

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    /** Accepted cases, and cases under review due by the meeting day, of a kind the reader coordinates. */
    @Transactional
    public List<ReferralView> eligibleForAgenda(ConferenceKind kind, LocalDate meetingDay) {
        Viewer viewer = viewers.current();
        if (!viewer.coordinates(kind)) {
            throw new ForbiddenException("Only a coordinator of " + kind.label() + " builds its agendas");
        }
        List<ReferralView> eligible = referrals.inStates(List.of(kind), List.of(ReferralState.ACCEPTED, ReferralState.UNDER_REVIEW))
                .stream().filter(r -> r.state == ReferralState.ACCEPTED || r.reviewDueOn == null || !r.reviewDueOn.isAfter(meetingDay))
                .map(r -> ReferralViews.of(r, viewer, service)).toList();
        audit.recordList("referral.list", ReferralService.ENTITY, eligible.stream().map(ReferralView::id).toList(), "agenda candidates, " + eligible.size() + " referrals");
        return eligible;
    }

    /** A case as this reader may see it (403 otherwise); the look is audited. */
    public ReferralView view(UUID referralId) {
        return service.get(referralId);
    }

    /** The case, if the reader may see it; nothing (and no refusal in the audit log) when not, for lists that leave it out. */
    @Transactional
    public java.util.Optional<ReferralView> viewIfVisible(UUID referralId) {
        Referral referral = referrals.findById(referralId);
        if (referral == null || !CaseRules.canSee(referral.facts(), viewers.current())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(service.get(referralId));
    }

    /** What an action needs to know of its case: its kind, reference and state; no case content, so no audit. */
    public record CaseKey(UUID referralId, ConferenceKind kind, String reference, ReferralState state) {
        public boolean open() {
            return state != ReferralState.CLOSED && state != ReferralState.WITHDRAWN && state != ReferralState.SCREENED_OUT;
        }
    }

    /** The key of a case, if there is one. */
    @Transactional
    public java.util.Optional<CaseKey> key(UUID referralId) {
        return java.util.Optional.ofNullable(referrals.findById(referralId)).map(r -> new CaseKey(r.id, r.kind, r.reference, r.state));
    }

    /** Lists a case on a published agenda. */
    @Transactional
    public void list(UUID referralId, String meeting) {
        Viewer viewer = viewers.current();
        Referral referral = service.loadVisible(referralId, viewer);
        workflow.apply(referral, new TransitionRequest(ReferralState.LISTED, "Listed for " + meeting, null, null, null), viewer, true);
    }

    /** Takes a listed case off an agenda: it goes back to where it came from (accepted or under review). */
    @Transactional
    public void defer(UUID referralId, String reason) {
        Viewer viewer = viewers.current();
        Referral referral = service.loadVisible(referralId, viewer);
        ReferralState back = referral.stateBeforeListing == null ? ReferralState.ACCEPTED : referral.stateBeforeListing;
        workflow.apply(referral, new TransitionRequest(back, reason, null, null, null), viewer);
    }

    /** Records that the case was heard, then the chair's decision: under review until a date, or closed with a reason. */
    @Transactional
    public void hear(UUID referralId, Decision decision, String reason, LocalDate nextReviewOn, String meeting) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (decision == null) {
            errors.add(new FieldError("decision", "Choose the decision"));
        } else if (decision == Decision.UNDER_REVIEW && nextReviewOn == null) {
            errors.add(new FieldError("nextReviewOn", "Enter the next review date"));
        } else if (decision == Decision.UNDER_REVIEW && !nextReviewOn.isAfter(LocalDate.now(java.time.ZoneId.of("Europe/London")))) {
            errors.add(new FieldError("nextReviewOn", "The next review date must be in the future"));
        } else if (decision != Decision.UNDER_REVIEW && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("decisionReason", decision == Decision.REFERRED_ELSEWHERE
                    ? "Say where the case was referred" : "Give the reason for closing"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Viewer viewer = viewers.current();
        Referral referral = service.loadVisible(referralId, viewer);
        workflow.apply(referral, new TransitionRequest(ReferralState.HEARD, "Heard at " + meeting, null, null, null), viewer);
        if (decision == Decision.UNDER_REVIEW) {
            referral.reviewDueOn = nextReviewOn;
            workflow.apply(referral, new TransitionRequest(ReferralState.UNDER_REVIEW, "Review due " + nextReviewOn, null, null, null),
                    viewer);
        } else {
            referral.reviewDueOn = null;
            String why = decision == Decision.REFERRED_ELSEWHERE ? "Referred elsewhere: " + reason.trim() : reason.trim();
            workflow.apply(referral, new TransitionRequest(ReferralState.CLOSED, why, null, null, null), viewer);
        }
        referrals.flush();
    }
}
