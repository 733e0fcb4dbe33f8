package org.roundtable.referral;

import org.roundtable.access.CaseRules;
import org.roundtable.access.Viewer;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.roundtable.audit.AuditService;
import org.roundtable.referral.ReferralLifecycle.Need;
import org.roundtable.referral.ReferralLifecycle.Party;
import org.roundtable.referral.ReferralLifecycle.Transition;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;

/** Applies the lifecycle table to a referral: the one place where its state changes. */
@ApplicationScoped
public class ReferralWorkflow {

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    jakarta.enterprise.event.Event<ReferralAccepted> accepted;

    @Inject
    Repeats repeats;

    /** The parties this viewer acts as for this referral. */
    static Set<Party> partiesOf(Referral referral, Viewer viewer) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (CaseRules.isReferringAgency(referral.facts(), viewer)) {
            parties.add(Party.REFERRING_AGENCY);
        }
        if (viewer.coordinates(referral.kind)) {
            parties.add(Party.COORDINATOR);
        }
        if (viewer.chairs(referral.kind)) {
            parties.add(Party.CHAIR);
        }
        return parties;
    }

    /** The states this viewer may move the referral to now. */
    static List<ReferralState> allowedNext(Referral referral, Viewer viewer) {
        Set<Party> parties = partiesOf(referral, viewer);
        return ReferralLifecycle.TRANSITIONS.stream()
                .filter(t -> t.from() == referral.state && t.parties().stream().anyMatch(parties::contains))
                .map(Transition::to).toList();
    }

    void apply(Referral referral, TransitionRequest request, Viewer viewer) {
        apply(referral, request, viewer, false);
    }

    /** As {@link #apply(Referral, TransitionRequest, Viewer)}; a meeting's agenda, and only it, lists referrals. */
    void apply(Referral referral, TransitionRequest request, Viewer viewer, boolean byAgenda) {
        Transition transition = ReferralLifecycle.find(referral.state, request.to()).orElseThrow(() ->
                new IllegalStateChangeException("A referral that is " + referral.state.label().toLowerCase() + " cannot become "
                        + request.to().label().toLowerCase() + "."));
        if (transition.parties().stream().noneMatch(partiesOf(referral, viewer)::contains)) {
            throw new ForbiddenException("Not a party to this transition");
        }
        String reason = transition.need() == Need.MEETING && byAgenda ? request.reason() : checkNeeds(referral, transition, request);
        ReferralState from = referral.state;
        if (request.to() == ReferralState.LISTED) {
            referral.stateBeforeListing = from;
        }
        referral.state = request.to();
        referral.updatedAt = Instant.now();
        ReferralTransition row = new ReferralTransition();
        row.referralId = referral.id;
        row.fromState = from;
        row.toState = request.to();
        row.occurredAt = referral.updatedAt;
        row.actorSubject = viewer.subject();
        row.actorName = viewer.name();
        row.actorAgency = viewer.agencyCode();
        row.reason = reason;
        entityManager.persist(row);
        // The reason stays in referral_transition; the audit row names that row.
        audit.record("referral." + request.to().name().toLowerCase().replace('_', '-'), "referral", referral.id.toString(),
                from + " -> " + request.to() + "; transition " + row.id);
        if (request.to() == ReferralState.ACCEPTED) {
            accepted.fire(new ReferralAccepted(referral.id, referral.kind, referral.submittedAt, referral.updatedAt));
        }
        // Later referrals about the victim count this one only while it stands accepted, and by its hearings.
        boolean countsDifferently = RepeatRule.ACCEPTED.contains(from) != RepeatRule.ACCEPTED.contains(request.to())
                || request.to() == ReferralState.HEARD;
        if (countsDifferently && referral.victimPersonId != null) {
            repeats.recomputeVictims(java.util.List.of(referral.victimPersonId));
        }
    }

    private static String checkNeeds(Referral referral, Transition transition, TransitionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String reason = null;
        switch (transition.need()) {
            case REASON_AND_SIGNPOSTING -> {
                require(request.reason(), "reason", "Give the reason for screening out", errors);
                require(request.signposting(), "signposting", "Say which service the victim was pointed to", errors);
                referral.screenOutReason = trim(request.reason());
                referral.signposting = trim(request.signposting());
                reason = trim(request.reason()) + " | signposted to: " + trim(request.signposting());
            }
            case QUESTION -> {
                require(request.question(), "question", "Enter the question for the referrer", errors);
                referral.returnQuestion = trim(request.question());
                referral.returnAnswer = null;
                reason = trim(request.question());
            }
            case ANSWER -> {
                require(request.answer(), "answer", "Answer the coordinator's question", errors);
                referral.returnAnswer = trim(request.answer());
                reason = trim(request.answer());
            }
            case REASON, REASON_AND_PREVIOUS_STATE, DECISION, NEXT_REVIEW_DATE -> {
                require(request.reason(), "reason", "Give a reason", errors);
                reason = trim(request.reason());
                if (transition.need() == Need.REASON_AND_PREVIOUS_STATE && referral.stateBeforeListing != transition.to()) {
                    throw new IllegalStateChangeException("A deferred referral goes back to "
                            + String.valueOf(referral.stateBeforeListing).toLowerCase() + ", where it came from.");
                }
            }
            case MEETING -> throw new IllegalStateChangeException("Referrals are listed by publishing a meeting's agenda.");
            case NOTHING, COMPLETE_REFERRAL -> reason = trim(request.reason());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return reason;
    }

    private static void require(String value, String field, String message, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, message));
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
