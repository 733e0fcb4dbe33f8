package org.roundtable.report.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.report.PeriodParams;
import org.roundtable.report.ReportAccess;
import org.roundtable.report.ReportPeriod;
import org.roundtable.web.Clocks;

/**
 * The outcomes reports, for pages and API alike: who may read each (ReportAccess: coordinators and chairs of its
 * conference kind, administrators, auditors; a refusal is audited), and an audit line for every look and download,
 * with the period asked for.
 */
@ApplicationScoped
public class OutcomeReports {

    static final String PERFORMANCE = "asbrac-performance";
    static final String SIX_MONTHS = "asbrac-six-month-reviews";
    static final String TRIGGER = "community-trigger";
    static final String ADVOCATES = "advocate-outcomes";

    @Inject
    ReportAccess access;

    @Inject
    AsbracPerformance performance;

    @Inject
    SixMonthOutcomes sixMonths;

    @Inject
    CommunityTriggerReport trigger;

    @Inject
    AdvocateOutcomes advocates;

    @Inject
    Clock clock;

    @Transactional
    public AsbracPerformance.Figures asbracPerformance(PeriodParams query) {
        return asbracReport(PERFORMANCE, query, performance::of);
    }

    /** The performance framework as CSV, small counts suppressed; the download is audited with its period. */
    @Transactional
    public String asbracPerformanceCsv(PeriodParams query) {
        access.requireReader(ConferenceKind.ASBRAC, PERFORMANCE);
        ReportPeriod period = query.parse(today());
        String csv = OutcomesCsv.performance(performance.of(period));
        access.downloaded(PERFORMANCE, "csv", describe(period));
        return csv;
    }

    /** Counted by quarter of hearing, with the reviews due by today. */
    @Transactional
    public SixMonthOutcomes.Figures sixMonthReviews(PeriodParams query) {
        return asbracReport(SIX_MONTHS, query, period -> sixMonths.of(period, today()));
    }

    @Transactional
    public CommunityTriggerReport.Figures communityTrigger(PeriodParams query) {
        return asbracReport(TRIGGER, query, trigger::of);
    }

    /** An ASBRAC report for the period asked for: the reader checked first, the look audited after. */
    private <T> T asbracReport(String report, PeriodParams query, Function<ReportPeriod, T> figures) {
        access.requireReader(ConferenceKind.ASBRAC, report);
        ReportPeriod period = query.parse(today());
        T counted = figures.apply(period);
        access.viewed(report, describe(period) + "; today=" + today());
        return counted;
    }

    /** One advocate service's calendar year ({@code year}, default this year). */
    @Transactional
    public AdvocateOutcomes.Figures advocates(String service, String year) {
        AdvocateService chosen = AdvocateService.parse(service);
        access.requireReader(chosen.kind(), ADVOCATES);
        ReportPeriod period = ReportPeriod.parse("year", year, null, null, null, null, today());
        AdvocateOutcomes.Figures figures = advocates.of(chosen, period);
        access.viewed(ADVOCATES, "service=" + chosen.name() + "; " + describe(period));
        return figures;
    }

    private LocalDate today() {
        return Clocks.today(clock);
    }

    private static String describe(ReportPeriod period) {
        return "period=" + period.label() + "; from=" + period.from() + "; to=" + period.to();
    }
}
