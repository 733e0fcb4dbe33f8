package org.roundtable.report.datareturn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.roundtable.report.ReportPeriod;

/** bench/report-year's timing of the MARAC data return: its rows and its summary totals, warm, as the page asks for them. */
@ApplicationScoped
public class DataReturnTiming {

    private static final int WARM_UP = 3;

    @Inject
    DataReturnQuery query;

    @ActivateRequestContext
    public String measure(ReportPeriod period, String name, int runs) {
        for (int i = 0; i < WARM_UP; i++) {
            query.rows(period, "Bench");
            query.totals(period);
        }
        List<Double> times = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            rows = query.rows(period, "Bench").size();
            query.totals(period);
            times.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(times);
        return String.format(Locale.ROOT, "data return %-7s meetings=%d median_ms=%.1f max_ms=%.1f%n", name, rows,
                times.get(times.size() / 2), times.get(times.size() - 1));
    }
}
