package org.roundtable.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtable.referral.ReferralLifecycle.Party;

/** Every pair of states, checked against the transition table written out independently here. */
class ReferralLifecycleTest {

    /** from > to : parties, as docs/architecture.md's table says. */
    private static final List<String> ALLOWED = List.of(
            "DRAFT>SUBMITTED:REFERRING_AGENCY",
            "DRAFT>WITHDRAWN:REFERRING_AGENCY",
            "SUBMITTED>ACCEPTED:COORDINATOR",
            "SUBMITTED>SCREENED_OUT:COORDINATOR",
            "SUBMITTED>RETURNED:COORDINATOR",
            "RETURNED>SUBMITTED:REFERRING_AGENCY",
            "SUBMITTED>WITHDRAWN:REFERRING_AGENCY,COORDINATOR",
            "RETURNED>WITHDRAWN:REFERRING_AGENCY,COORDINATOR",
            "ACCEPTED>WITHDRAWN:REFERRING_AGENCY,COORDINATOR",
            "ACCEPTED>LISTED:COORDINATOR",
            "UNDER_REVIEW>LISTED:COORDINATOR",
            "LISTED>ACCEPTED:COORDINATOR",
            "LISTED>UNDER_REVIEW:COORDINATOR",
            "LISTED>HEARD:CHAIR",
            "HEARD>UNDER_REVIEW:CHAIR",
            "HEARD>CLOSED:CHAIR,COORDINATOR",
            "UNDER_REVIEW>CLOSED:CHAIR,COORDINATOR");

    static Stream<Arguments> everyPairOfStates() {
        List<Arguments> pairs = new ArrayList<>();
        for (ReferralState from : ReferralState.values()) {
            for (ReferralState to : ReferralState.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("everyPairOfStates")
    void aTransitionIsAllowedExactlyWhenTheTableHasIt(ReferralState from, ReferralState to) {
        String expected = ALLOWED.stream().filter(line -> line.startsWith(from + ">" + to + ":")).findFirst().orElse(null);
        var actual = ReferralLifecycle.find(from, to);
        assertEquals(expected != null, actual.isPresent(), from + " to " + to);
        if (expected != null) {
            Set<Party> parties = Set.copyOf(Stream.of(expected.substring(expected.indexOf(':') + 1).split(","))
                    .map(Party::valueOf).toList());
            assertEquals(parties, actual.get().parties(), from + " to " + to);
        }
    }

    @Test
    void finalStatesLeadNowhere() {
        for (ReferralState state : ReferralState.values()) {
            assertEquals(state.isFinal(), ReferralLifecycle.next(state).isEmpty(), state.name());
        }
        assertTrue(ReferralLifecycle.next(ReferralState.LISTED).containsAll(List.of(ReferralState.ACCEPTED, ReferralState.UNDER_REVIEW)));
    }
}
