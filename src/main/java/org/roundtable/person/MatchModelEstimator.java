package org.roundtable.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Estimates m and u of every comparison level from unlabelled pairs, as Splink does: u from random pairs (nearly all
 * of them two different people, so how often a level occurs among them is u); then m by expectation maximisation
 * over the pairs the blocking step lets through, with u held fixed. Each round weighs every blocked pair by how
 * likely it is to be a match under the current m, then sets each level's m to its weighted share among the matches.
 * A comparison no pair observes keeps the starting model's values. Plain arithmetic: no framework.
 */
final class MatchModelEstimator {

    static final int MAX_ROUNDS = 100;
    static final double CONVERGED = 1e-5;
    /** Added to every level's count, so a level no pair shows gets a small probability instead of a weight of minus infinity. */
    private static final double PSEUDO_COUNT = 0.5;

    /** What an estimate gives: the model, the estimated share of matches among blocked pairs, and the rounds it took. */
    record Estimate(MatchModel model, double matchShare, int rounds, long blockedPairs, long randomPairs) {
    }

    /** Counts how often each level occurs among random pairs. */
    static final class RandomPairs {
        private final Map<String, Long> counts = new HashMap<>();
        private long pairs;

        void add(List<String> levels) {
            pairs++;
            levels.forEach(level -> counts.merge(level, 1L, Long::sum));
        }

        long pairs() {
            return pairs;
        }
    }

    private MatchModelEstimator() {
    }

    /**
     * @param blocked the levels of each blocked pair (a missing value shows no level of its comparison)
     * @param random the level counts of random pairs
     * @param start the model EM starts from, and whose values a comparison no pair observes keeps
     * @param progress told the share of rounds done (0 to 1), at most once a round
     */
    static Estimate estimate(List<List<String>> blocked, RandomPairs random, MatchModel start, DoubleConsumer progress) {
        List<String> keys = new ArrayList<>(start.levels().keySet());
        Map<String, Integer> index = new HashMap<>();
        keys.forEach(k -> index.put(k, index.size()));
        double[] u = new double[keys.size()];
        double[] m = new double[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            u[k] = start.level(keys.get(k)).u();
            m[k] = start.level(keys.get(k)).m();
        }
        MatchModel.COMPARISONS.forEach((comparison, levels) -> {
            long observed = levels.stream().mapToLong(l -> random.counts.getOrDefault(comparison + "." + l, 0L)).sum();
            if (observed > 0) {
                for (String l : levels) {
                    u[index.get(comparison + "." + l)] = (random.counts.getOrDefault(comparison + "." + l, 0L) + PSEUDO_COUNT)
                            / (observed + PSEUDO_COUNT * levels.size());
                }
            }
        });
        int[][] pairs = blocked.stream().map(p -> p.stream().mapToInt(index::get).toArray()).toArray(int[][]::new);
        double share = 0.3;
        int rounds = 0;
        while (rounds < MAX_ROUNDS) {
            rounds++;
            double[] matchCount = new double[keys.size()];
            double matches = 0;
            for (int[] pair : pairs) {
                double logRatio = Math.log(share / (1 - share));
                for (int k : pair) {
                    logRatio += Math.log(m[k] / u[k]);
                }
                double p = 1 / (1 + Math.exp(-logRatio));
                matches += p;
                for (int k : pair) {
                    matchCount[k] += p;
                }
            }
            double change = 0;
            for (Map.Entry<String, List<String>> comparison : MatchModel.COMPARISONS.entrySet()) {
                double observed = 0;
                for (String l : comparison.getValue()) {
                    observed += matchCount[index.get(comparison.getKey() + "." + l)];
                }
                if (observed < 1) {
                    continue;
                }
                for (String l : comparison.getValue()) {
                    int k = index.get(comparison.getKey() + "." + l);
                    double next = (matchCount[k] + PSEUDO_COUNT * 1e-3) / (observed + PSEUDO_COUNT * 1e-3 * comparison.getValue().size());
                    change = Math.max(change, Math.abs(next - m[k]));
                    m[k] = next;
                }
            }
            double nextShare = pairs.length == 0 ? share : Math.min(0.999, Math.max(1e-6, matches / pairs.length));
            change = Math.max(change, Math.abs(nextShare - share));
            share = nextShare;
            progress.accept((double) rounds / MAX_ROUNDS);
            if (change < CONVERGED) {
                break;
            }
        }
        Map<String, MatchModel.Level> levels = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            levels.put(keys.get(k), new MatchModel.Level(m[k], u[k]));
        }
        progress.accept(1);
        return new Estimate(new MatchModel(levels), share, rounds, pairs.length, random.pairs());
    }
}
