package org.roundtable.report.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.roundtable.action.ActionSummary;
import org.roundtable.contact.ContactFigures;
import org.roundtable.report.SmallCounts;

/**
 * The dashboard as a CSV file (RFC 4180): one row per figure, with the section, what it counts and the value. Counts
 * from 1 to 4 are written "<5", and so is a percentage whose count is, since the one gives the other away.
 */
final class DashboardCsv {

    static final String HEADER = "section,figure,value";

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    private DashboardCsv() {
    }

    static String of(Dashboard d) {
        DashboardCsv csv = new DashboardCsv();
        csv.text("Period", d.kind().label(), d.from() + " to " + d.to());
        csv.count("Referrals", "Received", d.referrals().received());
        csv.count("Referrals", "Screened out", d.referrals().screenedOut());
        csv.count("Referrals", "Heard", d.referrals().heard());
        for (Dashboard.AgencyCount agency : d.byAgency()) {
            csv.count("Received by referring agency", agency.agencyName(), agency.received());
        }
        csv.count("Received by referring agency", "From the police", d.fromPolice());
        csv.percent("Received by referring agency", "Police share (%)", d.fromPolice(), d.policeSharePercent());
        csv.count("Repeats", "Repeat referrals", d.repeats().count());
        csv.percent("Repeats", "Repeat referrals (% of received)", d.repeats().count(), d.repeats().percentOfReceived());
        for (Dashboard.Meeting meeting : d.meetings().held()) {
            csv.count("Cases per meeting (cap " + d.meetings().cap() + ")", meeting.day().toString(), meeting.casesHeard());
        }
        csv.text("Cases per meeting (cap " + d.meetings().cap() + ")", "Average", number(d.meetings().averageCases()));
        csv.count("Children", "Children in the households of cases heard", d.children().children());
        csv.count("Children", "Cases heard with children", d.children().casesWithChildren());
        for (ActionSummary.AgencyRow row : d.actions()) {
            csv.count("Actions: " + row.agencyCode(), "Open", row.open());
            csv.count("Actions: " + row.agencyCode(), "Done", row.done());
            csv.count("Actions: " + row.agencyCode(), "Not done", row.notDone());
            csv.count("Actions: " + row.agencyCode(), "Overdue", row.overdue());
        }
        csv.text("Time to hearing", "Median days from referral to first hearing", number(d.medianDaysReferralToHearing()));
        csv.count("Time to hearing", "Cases first heard", d.casesFirstHeard());
        if (d.advocateContact() != null) {
            Dashboard.AdvocateContact contact = d.advocateContact();
            csv.count("Advocate contact", "Referrals in the advocate's caseload", contact.cases());
            csv.text("Advocate contact", "Median time to first contact attempt", spoken(contact.medianMinutesToFirstAttempt()));
            csv.text("Advocate contact", "Median time to first successful contact", spoken(contact.medianMinutesToFirstContact()));
        }
        return String.join("\r\n", csv.lines) + "\r\n";
    }

    private void count(String section, String figure, long count) {
        text(section, figure, SmallCounts.forDownload(count));
    }

    private void percent(String section, String figure, long count, Double percent) {
        text(section, figure, count >= 1 && count <= 4 ? SmallCounts.SUPPRESSED : number(percent));
    }

    private void text(String section, String figure, String value) {
        lines.add(field(section) + "," + field(figure) + "," + field(value));
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String spoken(Long minutes) {
        return minutes == null ? "" : ContactFigures.spoken(minutes);
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
