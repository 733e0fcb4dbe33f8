package org.roundtable.referral;

import org.roundtable.access.Viewers;
import org.roundtable.access.Viewer;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roundtable.audit.AuditService;
import org.roundtable.web.Checks;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;

/**
 * A coordinator sets or clears a referral's repeat flag with a reason. The answer stands over the rule's, through every
 * recomputation, until the coordinator hands the decision back to the rule; each step is audited.
 */
@ApplicationScoped
public class RepeatOverrides {

    @Inject
    ReferralService referrals;

    @Inject
    ReferralRepository repository;

    @Inject
    Viewers viewers;

    @Inject
    Checks checks;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    /** Whether the reader may answer for this referral: a coordinator of its kind, once it is submitted. */
    public boolean mayDecide(ReferralView referral) {
        return referral.state() != ReferralState.DRAFT && viewers.current().coordinates(referral.kind());
    }

    @Transactional
    public ReferralView decide(UUID id, RepeatDecision request, long expectedVersion) {
        Viewer viewer = viewers.current();
        Referral referral = referrals.loadVisible(id, viewer);
        if (!viewer.coordinates(referral.kind)) {
            throw new ForbiddenException("Only a coordinator of " + referral.kind.label() + " decides whether a referral is a repeat");
        }
        List<FieldError> errors = new ArrayList<>(checks.errors(request));
        if (request == null || request.decision() == null) {
            errors.add(new FieldError("decision", "Choose whether this referral is a repeat"));
        }
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            errors.add(new FieldError("reason", "Give the reason for your answer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().distinct().toList());
        }
        if (referral.version != expectedVersion) {
            throw new StaleEditException("Someone else changed this referral while you were deciding.",
                    ReferralViews.of(referral, viewer, referrals));
        }
        if (referral.state == ReferralState.DRAFT) {
            throw new IllegalStateChangeException("A draft is not submitted yet: whether it is a repeat is decided once it is.");
        }
        if (request.decision() == RepeatDecision.Answer.BY_THE_RULE && referral.repeatOverride == null) {
            throw new IllegalStateChangeException("No coordinator's answer stands on this referral: Roundtable's rule decides it already.");
        }
        String rule = referral.repeatOfReferralId == null ? "the rule finds no earlier referral"
                : "the rule finds " + referrals.referenceOf(referral.repeatOfReferralId);
        String reason = request.reason().trim();
        switch (request.decision()) {
            case REPEAT, NOT_A_REPEAT -> {
                referral.repeatOverride = request.decision() == RepeatDecision.Answer.REPEAT;
                referral.repeatOverrideReason = reason;
                referral.repeatOverrideBy = viewer.name();
                referral.repeatOverrideAt = clock.instant();
            }
            case BY_THE_RULE -> {
                referral.repeatOverride = null;
                referral.repeatOverrideReason = null;
                referral.repeatOverrideBy = null;
                referral.repeatOverrideAt = null;
            }
        }
        referral.updatedAt = clock.instant();
        // The reason is kept in referral_repeat_decision; the audit row names that row.
        Number decision = (Number) entityManager.createNativeQuery("""
                insert into referral_repeat_decision (referral_id, decision, reason, decided_at, decided_by)
                values (:referral, :decision, :reason, :at, :by) returning id""")
                .setParameter("referral", id).setParameter("decision", request.decision().name()).setParameter("reason", reason)
                .setParameter("at", clock.instant()).setParameter("by", viewer.name()).getSingleResult();
        audit.record(switch (request.decision()) {
            case REPEAT -> "referral.repeat-set";
            case NOT_A_REPEAT -> "referral.repeat-cleared";
            case BY_THE_RULE -> "referral.repeat-by-rule";
        }, ReferralService.ENTITY, id.toString(), rule + "; decision " + decision.longValue());
        repository.flush();
        return ReferralViews.of(referral, viewer, referrals);
    }
}
