package org.roundtable.report.outcomes;

import org.roundtable.report.SmallCounts;

/** The ASBRAC performance framework as CSV: every count from 1 to 4 written as "<5" (SmallCounts). */
final class OutcomesCsv {

    static final String PERFORMANCE_HEADER = "month,first_day,last_day,referrals,repeat_referrals";

    private OutcomesCsv() {
    }

    static String performance(AsbracPerformance.Figures figures) {
        StringBuilder csv = new StringBuilder(PERFORMANCE_HEADER).append("\r\n");
        figures.months().forEach(m -> line(csv, m.label(), m));
        line(csv, "Total", figures.total());
        return csv.toString();
    }

    private static void line(StringBuilder csv, String label, AsbracPerformance.Month month) {
        csv.append(label).append(',').append(month.from()).append(',').append(month.to()).append(',')
                .append(SmallCounts.forDownload(month.referrals())).append(',').append(SmallCounts.forDownload(month.repeats())).append("\r\n");
    }
}
