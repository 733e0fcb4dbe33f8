package org.roundtable.referral;

import static org.roundtable.referral.ReferralState.ACCEPTED;
import static org.roundtable.referral.ReferralState.CLOSED;
import static org.roundtable.referral.ReferralState.DRAFT;
import static org.roundtable.referral.ReferralState.HEARD;
import static org.roundtable.referral.ReferralState.LISTED;
import static org.roundtable.referral.ReferralState.RETURNED;
import static org.roundtable.referral.ReferralState.SCREENED_OUT;
import static org.roundtable.referral.ReferralState.SUBMITTED;
import static org.roundtable.referral.ReferralState.UNDER_REVIEW;
import static org.roundtable.referral.ReferralState.WITHDRAWN;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The referral lifecycle: the transition table of docs/architecture, in one place. A transition not in this
 * table is refused with 409; one made by the wrong party is refused with 403.
 */
public final class ReferralLifecycle {

    /** Who may make a transition, within the referral's conference kind. */
    public enum Party { REFERRING_AGENCY, COORDINATOR, CHAIR }

    /** What a transition needs besides the right party. */
    public enum Need {
        NOTHING, COMPLETE_REFERRAL, REASON_AND_SIGNPOSTING, QUESTION, ANSWER, REASON, MEETING, REASON_AND_PREVIOUS_STATE,
        DECISION, NEXT_REVIEW_DATE
    }

    public record Transition(ReferralState from, ReferralState to, Set<Party> parties, Need need) {
    }

    private static final Set<Party> REFERRER = Set.of(Party.REFERRING_AGENCY);
    private static final Set<Party> COORDINATOR = Set.of(Party.COORDINATOR);

    public static final List<Transition> TRANSITIONS = List.of(
            new Transition(DRAFT, SUBMITTED, REFERRER, Need.COMPLETE_REFERRAL),
            new Transition(DRAFT, WITHDRAWN, REFERRER, Need.NOTHING),
            new Transition(SUBMITTED, ACCEPTED, COORDINATOR, Need.NOTHING),
            new Transition(SUBMITTED, SCREENED_OUT, COORDINATOR, Need.REASON_AND_SIGNPOSTING),
            new Transition(SUBMITTED, RETURNED, COORDINATOR, Need.QUESTION),
            new Transition(RETURNED, SUBMITTED, REFERRER, Need.ANSWER),
            new Transition(SUBMITTED, WITHDRAWN, Set.of(Party.REFERRING_AGENCY, Party.COORDINATOR), Need.REASON),
            new Transition(RETURNED, WITHDRAWN, Set.of(Party.REFERRING_AGENCY, Party.COORDINATOR), Need.REASON),
            new Transition(ACCEPTED, WITHDRAWN, Set.of(Party.REFERRING_AGENCY, Party.COORDINATOR), Need.REASON),
            new Transition(ACCEPTED, LISTED, COORDINATOR, Need.MEETING),
            new Transition(UNDER_REVIEW, LISTED, COORDINATOR, Need.MEETING),
            new Transition(LISTED, ACCEPTED, COORDINATOR, Need.REASON_AND_PREVIOUS_STATE),
            new Transition(LISTED, UNDER_REVIEW, COORDINATOR, Need.REASON_AND_PREVIOUS_STATE),
            new Transition(LISTED, HEARD, Set.of(Party.CHAIR), Need.DECISION),
            new Transition(HEARD, UNDER_REVIEW, Set.of(Party.CHAIR), Need.NEXT_REVIEW_DATE),
            new Transition(HEARD, CLOSED, Set.of(Party.CHAIR, Party.COORDINATOR), Need.REASON),
            new Transition(UNDER_REVIEW, CLOSED, Set.of(Party.CHAIR, Party.COORDINATOR), Need.REASON));

    private ReferralLifecycle() {
    }

    public static Optional<Transition> find(ReferralState from, ReferralState to) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    /** The states a referral in this state can move to. */
    public static List<ReferralState> next(ReferralState from) {
        return TRANSITIONS.stream().filter(t -> t.from() == from).map(Transition::to).toList();
    }
}
