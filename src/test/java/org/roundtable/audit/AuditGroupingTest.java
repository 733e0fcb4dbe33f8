package org.roundtable.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeated views of one record by one user within 15 minutes of the newest are one line; nothing else is folded. */
class AuditGroupingTest {

    private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");

    private static AuditEventView event(long id, int minutesAfter, String who, String action, String record) {
        return new AuditEventView(id, T.plusSeconds(60L * minutesAfter), who, who, "POLICE", action, "referral", record, null, null,
                null, List.of(), 1, T.plusSeconds(60L * minutesAfter));
    }

    @Test
    void viewsWithinFifteenMinutesOfTheNewestAreOneLineWithACount() {
        List<AuditEventView> newestFirst = List.of(
                event(9, 40, "ann", "referral.view", "r1"),
                event(8, 30, "ann", "referral.view", "r1"),
                event(7, 26, "bob", "referral.view", "r1"),
                event(6, 25, "ann", "referral.view", "r1"),
                event(5, 25, "ann", "referral.view", "r2"),
                event(4, 24, "ann", "referral.accepted", "r1"),
                event(3, 24, "ann", "referral.accepted", "r1"),
                event(2, 20, "ann", "referral.view", "r1"));
        List<AuditEventView> lines = AuditEventView.grouped(newestFirst);
        assertEquals(List.of("9 ann referral.view r1 x3 from 25", "7 bob referral.view r1 x1 from 26", "5 ann referral.view r2 x1 from 25",
                "4 ann referral.accepted r1 x1 from 24", "3 ann referral.accepted r1 x1 from 24", "2 ann referral.view r1 x1 from 20"),
                lines.stream().map(l -> l.id() + " " + l.actorName() + " " + l.action() + " " + l.recordId() + " x" + l.count() + " from "
                        + (l.firstOccurredAt().getEpochSecond() - T.getEpochSecond()) / 60).toList());
        assertEquals(newestFirst.size(), lines.stream().mapToInt(AuditEventView::count).sum());
    }
}
