package org.roundtable.report.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.roundtable.contact.ContactFigures;

/** What the page needs beyond the figures: links to the cases behind each count, and figures put into words. */
public record DashboardView(Dashboard d, DashboardQuery query, boolean listsCases) {

    private static final double MINUTES_A_DAY = 24 * 60;

    /** The list of cases behind a count, or null when this reader's role shows no cases (the count stays plain). */
    public String cases(String figure) {
        return listsCases ? "/reports/dashboard/cases?" + query.query() + "&figure=" + figure : null;
    }

    public String agencyCases(String figure, String agencyCode) {
        return listsCases ? cases(figure) + "&agency=" + URLEncoder.encode(agencyCode, StandardCharsets.UTF_8) : null;
    }

    public String meetingCases(UUID meeting) {
        return listsCases ? cases("at-meeting") + "&meeting=" + meeting : null;
    }

    public String download() {
        return "/reports/dashboard/download.csv?" + query.query();
    }

    /** For the chart beside repeats: the part of the received that is not (the count and its complement share one query). */
    public long notRepeats() {
        return d.referrals().received() - d.repeats().count();
    }

    public String percent(Double value) {
        return value == null ? "No referrals" : String.format(Locale.UK, "%.1f%%", value);
    }

    public String number(Double value) {
        return value == null ? "None yet" : String.format(Locale.UK, "%.1f", value);
    }

    public String firstAttemptSpoken() {
        return ContactFigures.spoken(d.advocateContact().medianMinutesToFirstAttempt());
    }

    public String firstContactSpoken() {
        return ContactFigures.spoken(d.advocateContact().medianMinutesToFirstContact());
    }

    /** Minutes as days to one decimal place, for the chart that sets them beside days to hearing; blank when none. */
    public String days(Long minutes) {
        return minutes == null ? "" : String.format(Locale.ROOT, "%.1f", minutes / MINUTES_A_DAY);
    }

    public String chartNumber(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
