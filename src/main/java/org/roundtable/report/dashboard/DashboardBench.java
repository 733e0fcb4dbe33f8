package org.roundtable.report.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.roundtable.web.Clocks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.roundtable.action.ActionSummary;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.report.ReportPeriod;

/**
 * bench/report-year: fills a database with a generated year ({@link GeneratedYear}), then times the dashboard of each
 * conference kind for that year, warm (after unmeasured runs), as the median of several runs, and prints the plan
 * (EXPLAIN ANALYZE) of the slowest of its queries. Never part of the test suite.
 */
@ApplicationScoped
public class DashboardBench {

    private static final int WARM_UP = 3;

    @Inject
    GeneratedYear year;

    @Inject
    DashboardFigures figures;

    @Inject
    ActionSummary actions;

    @Inject
    java.time.Clock clock;

    /** Fills the year unless this database has one already; says what it did. */
    @Inject
    org.roundtable.report.datareturn.DataReturnTiming dataReturn;

    @ActivateRequestContext
    public String fill(int maracReferrals) {
        if (year.alreadyGenerated()) {
            return "This database already holds a generated year: not filled again.";
        }
        String filled = year.fill(maracReferrals).report();
        year.vacuum();
        return filled;
    }

    @ActivateRequestContext
    public String measure(int runs) {
        LocalDate[] days = year.days();
        ReportPeriod period = ReportPeriod.between(days[0], days[1]);
        StringBuilder report = new StringBuilder("period=" + days[0] + ".." + days[1] + " runs=" + runs + " (after " + WARM_UP
                + " unmeasured)\n");
        for (ConferenceKind kind : ConferenceKind.values()) {
            report.append(timeDashboard(kind, period, "year", runs));
        }
        // Coordinators mostly look at a quarter: the last whole one in the generated year.
        LocalDate lastQuarterEnd = days[1].withDayOfMonth(1).minusMonths((days[1].getMonthValue() - 1) % 3).minusDays(1);
        ReportPeriod quarter = ReportPeriod.between(lastQuarterEnd.minusMonths(2).withDayOfMonth(1), lastQuarterEnd);
        report.append(timeDashboard(ConferenceKind.MARAC, quarter, "quarter", runs));
        report.append(dataReturn.measure(quarter, "quarter", runs)).append(dataReturn.measure(period, "year", runs));
        return report.append(queries(ConferenceKind.MARAC, period, runs)).toString();
    }

    private String timeDashboard(ConferenceKind kind, ReportPeriod period, String name, int runs) {
        for (int i = 0; i < WARM_UP; i++) {
            figures.compute(kind, period);
        }
        List<Double> times = new ArrayList<>();
        Dashboard last = null;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            last = figures.compute(kind, period);
            times.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(times);
        return String.format(Locale.ROOT, "dashboard %-6s %-7s received=%d heard=%d meetings=%d median_ms=%.1f max_ms=%.1f%n", kind,
                name, last.referrals().received(), last.referrals().heard(), last.meetings().held().size(), median(times),
                times.get(times.size() - 1));
    }

    /** Each query of the MARAC dashboard on its own (median ms), then the plan of the slowest. */
    private String queries(ConferenceKind kind, ReportPeriod period, int runs) {
        Map<String, Double> medians = new TreeMap<>();
        for (Map.Entry<String, String> query : DashboardFigures.QUERIES.entrySet()) {
            medians.put(query.getKey(), time(runs, () -> figures.query(query.getValue(), kind, period).getResultList()));
        }
        medians.put("actions", time(runs, () -> actions.setBetween(kind, period.startsAt(), period.endsBefore(), false)));
        StringBuilder report = new StringBuilder("queries of the " + kind + " dashboard, median ms:\n");
        medians.forEach((name, ms) -> report.append(String.format(Locale.ROOT, "  %-36s %.1f%n", name, ms)));
        Map<String, String> sql = new TreeMap<>(DashboardFigures.QUERIES);
        sql.put("actions", ActionSummary.COUNTS_SET_BETWEEN);
        String slowest = medians.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        // -Dreport-year.all-plans=true prints every query's plan, slowest first.
        List<String> explained = Boolean.getBoolean("report-year.all-plans")
                ? medians.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).map(Map.Entry::getKey).toList()
                : List.of(slowest);
        for (String name : explained) {
            report.append("plan of ").append(name.equals(slowest) ? "the slowest, " : "").append(name).append(":\n");
            explain(sql.get(name), kind, period).forEach(line -> report.append("  ").append(line).append('\n'));
        }
        return report.toString();
    }

    private List<String> explain(String sql, ConferenceKind kind, ReportPeriod period) {
        return QuarkusTransaction.requiringNew().call(() -> {
            figures.forReporting();
            var query = figures.query("explain (analyze, buffers) " + sql, kind, period);
            if (sql.contains(":today")) {
                query.setParameter("today", Clocks.today(clock));
            }
            @SuppressWarnings("unchecked")
            List<String> plan = query.getResultList();
            return plan;
        });
    }

    /** The median of timed runs of one query, each in its own transaction with the dashboard's settings, after warm-up runs. */
    private double time(int runs, Runnable query) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + runs; i++) {
            long started = System.nanoTime();
            QuarkusTransaction.requiringNew().run(() -> {
                figures.forReporting();
                query.run();
            });
            if (i >= WARM_UP) {
                times.add((System.nanoTime() - started) / 1e6);
            }
        }
        Collections.sort(times);
        return median(times);
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
