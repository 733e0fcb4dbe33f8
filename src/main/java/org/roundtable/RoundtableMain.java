package org.roundtable;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.roundtable.database.EmbeddedDatabase;
import org.roundtable.person.MatchEvaluation;
import org.roundtable.person.MatchScale;
import org.roundtable.person.MatchingModelJobs;
import org.roundtable.report.dashboard.DashboardBench;

/**
 * Starts the embedded PostgreSQL first when no database is configured, so a first run needs nothing installed.
 * {@code match-eval FILE.csv} and {@code match-scale PEOPLE LOOKUPS [WARMUP]} run the matching benchmarks in-process instead of
 * serving (see bench/match-eval and bench/match-scale); {@code match-train [FILE.csv]} estimates a new matching model from the
 * people in the database (first entering the file's records, given one) and stores it as the newest version
 * (bench/match-train); {@code match-eval FILE.csv MODEL.csv} measures with a model read from a file; {@code report-year REFERRALS [RUNS]} fills a generated year of
 * conference work and, given RUNS, times the dashboard (bench/report-year).
 */
@QuarkusMain
public class RoundtableMain implements QuarkusApplication {

    @Inject
    MatchEvaluation evaluation;

    @Inject
    MatchScale scale;

    @Inject
    MatchingModelJobs modelJobs;

    @Inject
    DashboardBench reportYear;

    public static void main(String... args) {
        // The class-data archive is recorded at package time by a run that stops before any database is used.
        if (!Boolean.getBoolean("quarkus.appcds.generate")) {
            EmbeddedDatabase.startIfNoDatabaseConfigured();
        }
        Quarkus.run(RoundtableMain.class, args);
    }

    @Override
    public int run(String... args) {
        if ((args.length == 2 || args.length == 3) && args[0].equals("match-eval")) {
            if (args.length == 3) {
                modelJobs.load(Path.of(args[2]));
            }
            MatchEvaluation.Result result = evaluation.evaluate(Path.of(args[1]));
            System.out.println(result.report());
            return 0;
        }
        if ((args.length == 1 || args.length == 2) && args[0].equals("match-train")) {
            if (args.length == 2) {
                System.out.println(evaluation.evaluate(Path.of(args[1])).report());
            }
            MatchingModelJobs.Job job = modelJobs.runHere(MatchingModelJobs.COMMAND_LINE);
            System.out.println(modelJobs.describe(job));
            return job.state().equals("DONE") ? 0 : 1;
        }
        if ((args.length == 3 || args.length == 4) && args[0].equals("match-scale")) {
            scale.fill(Long.parseLong(args[1]));
            int warmUp = args.length == 4 ? Integer.parseInt(args[3]) : 0;
            System.out.println(scale.measure(Integer.parseInt(args[2]), warmUp).report());
            return 0;
        }
        if ((args.length == 2 || args.length == 3) && args[0].equals("report-year")) {
            System.out.println(reportYear.fill(Integer.parseInt(args[1])));
            if (args.length == 3) {
                System.out.print(reportYear.measure(Integer.parseInt(args[2])));
            }
            return 0;
        }
        Quarkus.waitForExit();
        return 0;
    }
}
