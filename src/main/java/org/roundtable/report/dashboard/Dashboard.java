package org.roundtable.report.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.roundtable.action.ActionSummary;
import org.roundtable.agency.ConferenceKind;

/**
 * A conference kind's figures for a period: counts, never a person. Percentages are of the count they name, to one
 * decimal place, and null when that count is 0; medians are null when nothing was measured.
 */
public record Dashboard(ConferenceKind kind, String period, LocalDate from, LocalDate to,
        Referrals referrals, List<AgencyCount> byAgency, long fromPolice, Double policeSharePercent, Repeats repeats, MeetingLoad meetings,
        Children children, List<ActionSummary.AgencyRow> actions, Double medianDaysReferralToHearing, long casesFirstHeard,
        AdvocateContact advocateContact) {

    /** Received (submitted in the period), screened out (in the period) and heard (at a meeting in the period). */
    public record Referrals(long received, long screenedOut, long heard) {
    }

    /** Referrals received from one agency; {@code police} when its agency type is police. */
    public record AgencyCount(String agencyCode, String agencyName, boolean police, long received) {
    }

    /** Repeat referrals among those received. */
    public record Repeats(long count, Double percentOfReceived) {
    }

    /** Each meeting in the period and the cases it heard, against the kind's cap on cases per meeting. */
    public record MeetingLoad(List<Meeting> held, int cap, Double averageCases, long overCap) {
    }

    public record Meeting(UUID id, LocalDate day, long casesHeard) {
    }

    /** Children in the households of the cases heard (a child in two cases heard counts in each). */
    public record Children(long children, long casesWithChildren) {
    }

    /**
     * For MARAC and SARAC: from referral to the advocate's first contact attempt and first successful contact, in whole
     * minutes as the contact log counts them, over the referrals received in the period that reached the advocate's caseload.
     */
    public record AdvocateContact(long cases, long attempted, long reached, Long medianMinutesToFirstAttempt,
            Long medianMinutesToFirstContact) {
    }
}
