package org.roundtable.referral;

import java.time.LocalDate;

/**
 * The repeat rule of domain.md: a new referral about the same victim whose submission date (Europe/London) is on or
 * before the date of that victim's last hearing at the same conference kind plus the window (default 12 months).
 */
final class RepeatRule {

    private RepeatRule() {
    }

    static boolean isRepeat(LocalDate submittedOn, LocalDate lastHeardOn, int windowMonths) {
        return lastHeardOn != null && !submittedOn.isBefore(lastHeardOn) && !submittedOn.isAfter(lastHeardOn.plusMonths(windowMonths));
    }
}
