package org.roundtable.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.checklist.RepeatAnchor;

/** The repeat rule alone, day by day: no database, no clock but the instants written here. */
class RepeatRuleTest {

    private static final RepeatRule.Settings SAFELIVES = new RepeatRule.Settings(12, RepeatAnchor.LAST_REFERRAL, true);
    private static final RepeatRule.Settings SAME_VICTIM = new RepeatRule.Settings(12, RepeatAnchor.LAST_REFERRAL, false);
    private static final RepeatRule.Settings FROM_HEARING = new RepeatRule.Settings(12, RepeatAnchor.LAST_HEARING, true);

    private static final UUID KEVIN = UUID.randomUUID();
    private static final UUID DARREN = UUID.randomUUID();

    /** Ten in the morning, London time, on that day. */
    private static Instant at(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 10, 0).atZone(RepeatRule.LONDON).toInstant();
    }

    private static RepeatRule.Facts earlier(ReferralState state, Instant submitted, Set<UUID> perpetrators, LocalDate... hearings) {
        return new RepeatRule.Facts(UUID.randomUUID(), "MARAC-2025-00001", state, submitted, null, List.of(hearings), perpetrators);
    }

    private static RepeatRule.Facts newer(Instant submitted, LocalDate incidentOn, Set<UUID> perpetrators) {
        return new RepeatRule.Facts(UUID.randomUUID(), "MARAC-2026-00001", ReferralState.SUBMITTED, submitted, incidentOn, List.of(),
                perpetrators);
    }

    private static boolean repeat(RepeatRule.Facts newer, RepeatRule.Facts earlier, RepeatRule.Settings settings) {
        return RepeatRule.repeatOf(newer, List.of(earlier, newer), settings).isPresent();
    }

    @Test
    void theLastDayOfTheWindowCountsAndTheDayAfterDoesNot() {
        RepeatRule.Facts e = earlier(ReferralState.ACCEPTED, at(2025, 2, 28), Set.of(KEVIN));
        Optional<RepeatRule.Match> lastDay = RepeatRule.repeatOf(newer(at(2026, 2, 28), null, Set.of(KEVIN)), List.of(e), SAFELIVES);
        assertEquals(Optional.of(new RepeatRule.Match(e.id(), "MARAC-2025-00001", RepeatAnchor.LAST_REFERRAL, LocalDate.of(2025, 2, 28))),
                lastDay);
        assertFalse(repeat(newer(at(2026, 3, 1), null, Set.of(KEVIN)), e, SAFELIVES), "the day after the window");
        assertTrue(repeat(newer(at(2025, 2, 28).plusSeconds(60), null, Set.of(KEVIN)), e, SAFELIVES), "the same day, later on");
    }

    @Test
    void aWindowFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
        RepeatRule.Facts e = earlier(ReferralState.HEARD, at(2024, 2, 29), Set.of(KEVIN));
        assertTrue(repeat(newer(at(2025, 2, 28), null, Set.of(KEVIN)), e, SAFELIVES));
        assertFalse(repeat(newer(at(2025, 3, 1), null, Set.of(KEVIN)), e, SAFELIVES));
        RepeatRule.Settings sixMonths = new RepeatRule.Settings(6, RepeatAnchor.LAST_REFERRAL, true);
        assertTrue(repeat(newer(at(2024, 8, 29), null, Set.of(KEVIN)), e, sixMonths));
        assertFalse(repeat(newer(at(2024, 8, 30), null, Set.of(KEVIN)), e, sixMonths));
    }

    @Test
    void daysAreLondonDaysNotUtcDays() {
        // 00:30 on 1 July 2025 in London is still 30 June in UTC: the window runs to 1 July 2026.
        Instant justAfterMidnight = LocalDateTime.of(2025, 7, 1, 0, 30).atZone(RepeatRule.LONDON).toInstant();
        RepeatRule.Facts e = earlier(ReferralState.ACCEPTED, justAfterMidnight, Set.of(KEVIN));
        assertTrue(repeat(newer(LocalDateTime.of(2026, 7, 1, 23, 30).atZone(RepeatRule.LONDON).toInstant(), null, Set.of(KEVIN)), e,
                SAFELIVES));
        assertFalse(repeat(newer(LocalDateTime.of(2026, 7, 2, 0, 30).atZone(RepeatRule.LONDON).toInstant(), null, Set.of(KEVIN)), e,
                SAFELIVES));
    }

    @Test
    void theIncidentsDayDecidesWhereItIsRecorded() {
        RepeatRule.Facts e = earlier(ReferralState.ACCEPTED, at(2025, 3, 10), Set.of(KEVIN));
        assertTrue(repeat(newer(at(2026, 4, 20), LocalDate.of(2026, 3, 10), Set.of(KEVIN)), e, SAFELIVES),
                "referred late, about an incident on the last day of the window");
        assertFalse(repeat(newer(at(2026, 4, 20), LocalDate.of(2026, 3, 11), Set.of(KEVIN)), e, SAFELIVES));
        assertFalse(repeat(newer(at(2026, 4, 20), null, Set.of(KEVIN)), e, SAFELIVES), "no incident day: the submission's counts");
    }

    @Test
    void theTwoMustShareAnAllegedPerpetratorUnlessEitherHasNoneRecorded() {
        RepeatRule.Facts kevin = earlier(ReferralState.ACCEPTED, at(2025, 3, 10), Set.of(KEVIN));
        assertFalse(repeat(newer(at(2025, 9, 1), null, Set.of(DARREN)), kevin, SAFELIVES), "a different perpetrator");
        assertTrue(repeat(newer(at(2025, 9, 1), null, Set.of(DARREN, KEVIN)), kevin, SAFELIVES), "one of two in common");
        assertTrue(repeat(newer(at(2025, 9, 1), null, Set.of()), kevin, SAFELIVES), "none recorded on the new referral");
        RepeatRule.Facts nobody = earlier(ReferralState.ACCEPTED, at(2025, 3, 10), Set.of());
        assertTrue(repeat(newer(at(2025, 9, 1), null, Set.of(DARREN)), nobody, SAFELIVES), "none recorded on the earlier one");
        assertTrue(repeat(newer(at(2025, 9, 1), null, Set.of(DARREN)), kevin, SAME_VICTIM), "ASBRAC's default: the victim is enough");
    }

    @Test
    void onlyAnEarlierReferralThatWasAcceptedCounts() {
        for (ReferralState state : ReferralState.values()) {
            RepeatRule.Facts e = earlier(state, at(2025, 3, 10), Set.of(KEVIN));
            boolean counts = state == ReferralState.ACCEPTED || state == ReferralState.LISTED || state == ReferralState.HEARD
                    || state == ReferralState.UNDER_REVIEW || state == ReferralState.CLOSED;
            assertEquals(counts, repeat(newer(at(2025, 9, 1), null, Set.of(KEVIN)), e, SAFELIVES), state.name());
        }
    }

    @Test
    void aLaterReferralNeverMakesAnEarlierOneARepeat() {
        RepeatRule.Facts first = newer(at(2025, 3, 10), null, Set.of(KEVIN));
        RepeatRule.Facts second = earlier(ReferralState.ACCEPTED, at(2025, 4, 1), Set.of(KEVIN));
        assertFalse(repeat(first, second, SAFELIVES));
    }

    @Test
    void fromTheLastHearingTheWindowStartsAtAHearingHeldByTheNewSubmission() {
        RepeatRule.Facts e = earlier(ReferralState.UNDER_REVIEW, at(2025, 1, 6), Set.of(KEVIN), LocalDate.of(2025, 2, 4),
                LocalDate.of(2025, 5, 6));
        assertEquals(Optional.of(LocalDate.of(2025, 5, 6)), RepeatRule.repeatOf(newer(at(2026, 5, 6), null, Set.of(KEVIN)), List.of(e),
                FROM_HEARING).map(RepeatRule.Match::anchoredOn));
        assertFalse(repeat(newer(at(2026, 5, 7), null, Set.of(KEVIN)), e, FROM_HEARING));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 4)), RepeatRule.repeatOf(newer(at(2025, 3, 1), null, Set.of(KEVIN)), List.of(e),
                FROM_HEARING).map(RepeatRule.Match::anchoredOn), "the May hearing had not happened when this came in");
        RepeatRule.Facts neverHeard = earlier(ReferralState.ACCEPTED, at(2025, 1, 6), Set.of(KEVIN));
        assertFalse(repeat(newer(at(2025, 3, 1), null, Set.of(KEVIN)), neverHeard, FROM_HEARING));
    }

    @Test
    void ofSeveralEarlierReferralsTheLatestWindowIsTheOneNamed() {
        RepeatRule.Facts older = earlier(ReferralState.CLOSED, at(2025, 1, 6), Set.of(KEVIN));
        RepeatRule.Facts recent = earlier(ReferralState.HEARD, at(2025, 6, 2), Set.of(KEVIN));
        RepeatRule.Facts otherPerpetrator = earlier(ReferralState.ACCEPTED, at(2025, 8, 4), Set.of(DARREN));
        assertEquals(Optional.of(recent.id()), RepeatRule.repeatOf(newer(at(2025, 9, 1), null, Set.of(KEVIN)),
                List.of(older, otherPerpetrator, recent), SAFELIVES).map(RepeatRule.Match::earlierId));
    }
}
