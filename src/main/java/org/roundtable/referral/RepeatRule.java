package org.roundtable.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.roundtable.checklist.RepeatAnchor;

/**
 * The repeat rule of domain.md ("Repeats"), SafeLives' definition by default: a referral is a repeat when the same
 * victim had an earlier referral of the same kind that was accepted (accepted or any later state), the new incident
 * happened on or before the earlier referral's submission day plus the window (Europe/London days; the incident's day
 * where recorded, else the new submission's), and the two share an alleged perpetrator, or either has none recorded.
 * The window, what it counts from (the earlier referral or its last hearing) and the perpetrator condition are
 * settings of the conference kind.
 */
final class RepeatRule {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** States in which an earlier referral counts: it was accepted, whatever came after except a withdrawal. */
    static final Set<ReferralState> ACCEPTED = EnumSet.of(ReferralState.ACCEPTED, ReferralState.LISTED, ReferralState.HEARD,
            ReferralState.UNDER_REVIEW, ReferralState.CLOSED);

    /** A conference kind's rule. */
    record Settings(int windowMonths, RepeatAnchor anchor, boolean samePerpetrator) {
    }

    /**
     * One submitted referral about the victim, as the rule sees it. Perpetrators are person ids (none recorded: empty);
     * hearings are the London days it was heard.
     */
    record Facts(UUID id, String reference, ReferralState state, Instant submittedAt, LocalDate incidentOn, List<LocalDate> hearings,
            Set<UUID> perpetrators) {

        LocalDate submittedOn() {
            return submittedAt.atZone(LONDON).toLocalDate();
        }

        /** The day whose place in the window decides: the incident's, else the submission's. */
        LocalDate incidentOrSubmittedOn() {
            return incidentOn != null ? incidentOn : submittedOn();
        }
    }

    /** The earlier referral that makes a referral a repeat, and the day the window counted from. */
    record Match(UUID earlierId, String earlierReference, RepeatAnchor anchor, LocalDate anchoredOn) {
    }

    private RepeatRule() {
    }

    /**
     * The earlier referral that makes {@code newer} a repeat, if any: of those that qualify, the one whose window starts
     * latest (the last referral, or the last hearing).
     */
    static Optional<Match> repeatOf(Facts newer, Collection<Facts> sameVictimAndKind, Settings settings) {
        LocalDate newSubmittedOn = newer.submittedOn();
        record Candidate(Facts earlier, LocalDate anchoredOn) {
        }
        return sameVictimAndKind.stream()
                .filter(earlier -> !earlier.id().equals(newer.id()) && earlier.submittedAt().isBefore(newer.submittedAt()))
                .filter(earlier -> ACCEPTED.contains(earlier.state()))
                .filter(earlier -> !settings.samePerpetrator() || sharePerpetrator(newer.perpetrators(), earlier.perpetrators()))
                .flatMap(earlier -> anchor(earlier, settings.anchor(), newSubmittedOn).map(on -> new Candidate(earlier, on)).stream())
                .filter(c -> withinWindow(newer.incidentOrSubmittedOn(), c.anchoredOn(), settings.windowMonths()))
                .max(Comparator.comparing(Candidate::anchoredOn).thenComparing(c -> c.earlier().submittedAt()))
                .map(c -> new Match(c.earlier().id(), c.earlier().reference(), settings.anchor(), c.anchoredOn()));
    }

    /** On or before the anchor day plus the window: the last day of the window counts, the day after does not. */
    static boolean withinWindow(LocalDate incidentOn, LocalDate anchoredOn, int windowMonths) {
        return !incidentOn.isAfter(anchoredOn.plusMonths(windowMonths));
    }

    /** The same person record on both (after merges), or no alleged perpetrator recorded on either. */
    static boolean sharePerpetrator(Set<UUID> newer, Set<UUID> earlier) {
        return newer.isEmpty() || earlier.isEmpty() || newer.stream().anyMatch(earlier::contains);
    }

    /**
     * The day the window counts from: the earlier referral's submission, or its last hearing held on or before the new
     * submission (a hearing after it was not yet known when the new referral came in).
     */
    private static Optional<LocalDate> anchor(Facts earlier, RepeatAnchor anchor, LocalDate newSubmittedOn) {
        return switch (anchor) {
            case LAST_REFERRAL -> Optional.of(earlier.submittedOn());
            case LAST_HEARING -> earlier.hearings().stream().filter(day -> !day.isAfter(newSubmittedOn)).max(Comparator.naturalOrder());
        };
    }
}
