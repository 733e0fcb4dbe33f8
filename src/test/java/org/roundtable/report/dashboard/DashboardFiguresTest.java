package org.roundtable.report.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.action.ActionSummary;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.report.ReportPeriod;

/** Each figure of the dashboard against the hand-made quarter of {@link DashboardFixture}, counted by hand below. */
@QuarkusTest
class DashboardFiguresTest {

    private static final ReportPeriod Q1_2013 = ReportPeriod.quarter(2013, 1);

    @Inject
    DashboardFixture fixture;

    @Inject
    DashboardFigures figures;

    @BeforeEach
    void load() {
        fixture.load();
    }

    @Test
    void referralsReceivedScreenedOutAndHeard() {
        Dashboard d = figures.compute(ConferenceKind.MARAC, Q1_2013);
        // Received: R1, R2, R3, R4, R5 (not R0 and R7, from 2012; not R6, 1 April in London; not the draft).
        // Screened out: R3 (S1 is SARAC). Heard at M1 and M2: R7, R1, R2 and R4 (R2 twice, counted once).
        assertEquals(new Dashboard.Referrals(5, 1, 4), d.referrals());
    }

    @Test
    void referralsByAgencyWithThePoliceShare() {
        Dashboard d = figures.compute(ConferenceKind.MARAC, Q1_2013);
        assertEquals(List.of(new Dashboard.AgencyCount("DBHSG", "Dashboard Housing", false, 2),
                new Dashboard.AgencyCount("DBPOL", "Dashboard Police", true, 2),
                new Dashboard.AgencyCount("DBIDV", "Dashboard IDVA Service", false, 1)), d.byAgency());
        assertEquals(40.0, d.policeSharePercent(), "R1 and R2 of 5");
    }

    @Test
    void repeatsAsACountAndAPercentageOfReceived() {
        assertEquals(new Dashboard.Repeats(2, 40.0), figures.compute(ConferenceKind.MARAC, Q1_2013).repeats(), "R2 and R5 of 5");
    }

    @Test
    void casesPerMeetingAgainstTheCap() {
        Dashboard.MeetingLoad load = figures.compute(ConferenceKind.MARAC, Q1_2013).meetings();
        // M1 heard R7, R1 and R2; M2 heard R2 and R4; M3 is only planned, so it was not held.
        assertEquals(List.of(new Dashboard.Meeting(DashboardFixture.id("M1"), LocalDate.of(2013, 1, 24), 3),
                new Dashboard.Meeting(DashboardFixture.id("M2"), LocalDate.of(2013, 2, 21), 2)), load.held());
        assertEquals(2.5, load.averageCases());
        assertEquals(load.held().stream().filter(m -> m.casesHeard() > load.cap()).count(), load.overCap());
    }

    @Test
    void childrenInTheHouseholdsOfTheCasesHeard() {
        // R1 has 2, R2 1 (heard twice, counted once), R7 1, R4 none: 4 children in 3 cases.
        assertEquals(new Dashboard.Children(4, 3), figures.compute(ConferenceKind.MARAC, Q1_2013).children());
    }

    @Test
    void actionsSetInThePeriodByAgency() {
        List<ActionSummary.AgencyRow> actions = figures.compute(ConferenceKind.MARAC, Q1_2013).actions().stream()
                .filter(a -> a.agencyCode().startsWith("DB")).toList();
        // Housing: A1 done, A2 open and overdue, A3 in progress (due 2099); A5 was set in April. IDVA: A4 not done.
        assertEquals(List.of("DBHSG", "DBIDV"), actions.stream().map(ActionSummary.AgencyRow::agencyCode).toList());
        ActionSummary.AgencyRow housing = actions.get(0);
        assertEquals(List.of(2L, 1L, 0L, 1L), List.of(housing.open(), housing.done(), housing.notDone(), housing.overdue()));
        ActionSummary.AgencyRow idva = actions.get(1);
        assertEquals(List.of(0L, 0L, 1L, 0L), List.of(idva.open(), idva.done(), idva.notDone(), idva.overdue()));
        assertEquals(1L, idva.notDoneAgencyDidNotAct());
    }

    @Test
    void medianDaysFromReferralToFirstHearing() {
        Dashboard d = figures.compute(ConferenceKind.MARAC, Q1_2013);
        // First hearings in the quarter: R2 12 days, R1 14, R4 20, R7 35 (R2's second hearing does not count): median 17.
        assertEquals(17.0, d.medianDaysReferralToHearing());
        assertEquals(4, d.casesFirstHeard());
    }

    @Test
    void medianTimesToTheAdvocatesFirstAttemptAndFirstSuccessfulContact() {
        Dashboard.AdvocateContact contact = figures.compute(ConferenceKind.MARAC, Q1_2013).advocateContact();
        // On the caseload: R1, R2, R4, R5. First attempts 60, 30, 600 minutes (R4's amendment at 20 is not a contact):
        // median 60. First successful contacts 180, 1500 (declined support is still reaching the victim), 600: median 600.
        assertEquals(new Dashboard.AdvocateContact(4, 3, 3, 60L, 600L), contact);
    }

    @Test
    void asbracHasNoAdvocateContactFigures() {
        assertNull(figures.compute(ConferenceKind.ASBRAC, Q1_2013).advocateContact());
    }

    @Test
    void aReferralOnTheLastEveningOfAQuarterIsInItAndOneAfterMidnightIsInTheNext() {
        // R5 at 23:30 on 31 March 2013 in London (summer time had begun) is Q1; R6 at 00:30 on 1 April is Q2.
        assertEquals(1, figures.compute(ConferenceKind.MARAC, ReportPeriod.month(java.time.YearMonth.of(2013, 3))).referrals().received());
        assertEquals(1, figures.compute(ConferenceKind.MARAC, ReportPeriod.quarter(2013, 2)).referrals().received());
        assertEquals(6, figures.compute(ConferenceKind.MARAC, ReportPeriod.year(2013)).referrals().received());
        assertEquals(1, figures.compute(ConferenceKind.MARAC, ReportPeriod.between(LocalDate.of(2013, 3, 31), LocalDate.of(2013, 3, 31)))
                .referrals().received());
    }

    @Test
    void otherKindsAreCountedApart() {
        Dashboard sarac = figures.compute(ConferenceKind.SARAC, Q1_2013);
        assertEquals(new Dashboard.Referrals(1, 1, 0), sarac.referrals(), "S1, screened out");
        assertEquals(new Dashboard.AdvocateContact(0, 0, 0, null, null), sarac.advocateContact());
    }
}
