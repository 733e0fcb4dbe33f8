package org.roundtable.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The estimator on synthetic pairs drawn from known m and u (a third of the blocked pairs are matches): it recovers
 * them. Names, date of birth, email and town are compared; phone and postcode are never observed, so they keep the
 * starting model's values.
 */
class MatchModelEstimatorTest {

    private static final Map<String, double[]> TRUE_M = Map.of(
            "first", new double[] { 0.80, 0.10, 0.04, 0.06 },
            "last", new double[] { 0.75, 0.12, 0.05, 0.08 },
            "dob", new double[] { 0.60, 0.20, 0.10, 0.05, 0.05 },
            "email", new double[] { 0.70, 0.20, 0.10 },
            "town", new double[] { 0.60, 0.15, 0.25 });
    private static final Map<String, double[]> TRUE_U = Map.of(
            "first", new double[] { 0.02, 0.01, 0.07, 0.90 },
            "last", new double[] { 0.01, 0.01, 0.03, 0.95 },
            "dob", new double[] { 0.002, 0.008, 0.04, 0.25, 0.70 },
            "email", new double[] { 0.001, 0.009, 0.99 },
            "town", new double[] { 0.10, 0.05, 0.85 });

    @Test
    void recoversKnownMAndUFromSyntheticPairs() {
        Random random = new Random(14);
        List<List<String>> blocked = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            blocked.add(pair(random, random.nextDouble() < 0.3 ? TRUE_M : TRUE_U, 0.1));
        }
        MatchModelEstimator.RandomPairs randomPairs = new MatchModelEstimator.RandomPairs();
        for (int i = 0; i < 300_000; i++) {
            randomPairs.add(pair(random, TRUE_U, 0.1));
        }
        MatchModelEstimator.Estimate estimate = MatchModelEstimator.estimate(blocked, randomPairs, MatchModel.HAND_SET, p -> { });

        assertEquals(0.3, estimate.matchShare(), 0.02, "share of matches among blocked pairs");
        TRUE_M.forEach((comparison, m) -> {
            List<String> levels = MatchModel.COMPARISONS.get(comparison);
            for (int l = 0; l < levels.size(); l++) {
                MatchModel.Level level = estimate.model().level(comparison + "." + levels.get(l));
                assertEquals(m[l], level.m(), 0.03, "m of " + comparison + "." + levels.get(l));
                double u = TRUE_U.get(comparison)[l];
                assertEquals(u, level.u(), Math.max(0.0005, u * 0.15), "u of " + comparison + "." + levels.get(l));
            }
        });
        assertEquals(MatchModel.HAND_SET.level("phone.exact"), estimate.model().level("phone.exact"), "never observed: kept");
        assertTrue(estimate.rounds() < MatchModelEstimator.MAX_ROUNDS, "converged in " + estimate.rounds() + " rounds");
        assertEquals(30_000, estimate.blockedPairs());
    }

    /** One pair's levels, each comparison missing (a blank field) with the given probability. */
    private static List<String> pair(Random random, Map<String, double[]> probabilities, double missing) {
        List<String> levels = new ArrayList<>();
        for (String comparison : new LinkedHashMap<>(probabilities).keySet()) {
            if (random.nextDouble() < missing) {
                continue;
            }
            double[] p = probabilities.get(comparison);
            double draw = random.nextDouble();
            int l = 0;
            while (l < p.length - 1 && draw >= p[l]) {
                draw -= p[l];
                l++;
            }
            levels.add(comparison + "." + MatchModel.COMPARISONS.get(comparison).get(l));
        }
        return levels;
    }
}
