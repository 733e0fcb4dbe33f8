package org.roundtable.report.matrix;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What the page and the API show of matrices: totals and ranks as SQL computed them. */
public final class MatrixViews {

    private MatrixViews() {
    }

    public record Summary(UUID id, String title, long issues) {
    }

    /** The matrix with its issues ranked by total, highest first; equal totals share a rank. */
    public record Ranked(UUID id, String title, List<Issue> issues) {
    }

    public record Issue(UUID id, String name, int performanceDeteriorating, int nationalPriority, int localPriority,
            int communityPriority, int harmToProperty, int harmToPeople, int fear, int cost, int likelihood, int total, long rank,
            long version) {

        /** The nine scores in the order of {@link Criterion}, for the heat map's cells. */
        public List<Integer> scores() {
            return Arrays.stream(Criterion.values()).map(asScores()::score).toList();
        }

        IssueScores asScores() {
            return new IssueScores(name, performanceDeteriorating, nationalPriority, localPriority, communityPriority, harmToProperty,
                    harmToPeople, fear, cost, likelihood);
        }
    }

    /** What an import did: issues added, issues whose scores changed, and rows that matched an issue as it was. */
    public record Imported(int added, int changed, int unchanged) {
    }
}
