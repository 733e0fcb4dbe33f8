package org.roundtable.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/** A case's place on the caseload: who supports the victim, whether support is open, closure outcomes, and its history. */
public record CaseloadEntryView(UUID referralId, ConferenceKind kind, String advocateSubject, String advocateName, Instant allocatedAt,
        Instant serviceAllocatedAt, Instant firstContactDue, boolean supportOpen, Closure closure, List<HistoryLine> history,
        long version) {

    public record Closure(Choices.ClosureReason reason, Choices.Change physicalAbuse, Choices.Change sexualAbuse,
            Choices.Change harassmentAndStalking, Choices.Change jealousAndControlling, Choices.FeelsSafer feelsSafer, Instant closedAt) {
    }

    public record HistoryLine(Instant at, String what, String actorName, String detail) {
    }
}
