package org.roundtable.person;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The m and u probabilities of every comparison level: m, how often a true match shows the level; u, how often two
 * different people do. A level adds log2(m/u) to the match weight. An exact name match takes its u from the name's
 * frequency instead ({@link NameFrequencies}), so only its m is used. Models are stored as versions
 * ({@link MatchingModels}); {@link #HAND_SET} is the set of defaults documented in docs/matching.md.
 */
record MatchModel(Map<String, Level> levels) {

    /** m and u of one comparison level. */
    record Level(double m, double u) {
        double weight() {
            return log2(m / u);
        }
    }

    /** The comparisons and their levels, in order; a level's key is "comparison.level", e.g. "dob.slip". */
    static final Map<String, List<String>> COMPARISONS = comparisons();

    private static Map<String, List<String>> comparisons() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("first", List.of("exact", "close", "similar", "other"));
        c.put("last", List.of("exact", "close", "similar", "other"));
        c.put("dob", List.of("exact", "slip", "year", "decade", "other"));
        c.put("email", List.of("exact", "close", "other"));
        c.put("phone", List.of("exact", "other"));
        c.put("postcode", List.of("exact", "other"));
        c.put("town", List.of("exact", "close", "other"));
        return Collections.unmodifiableMap(c);
    }

    /** The defaults set by hand, in the range Splink estimates for UK person data (docs/matching.md). */
    static final MatchModel HAND_SET = handSet();

    private static MatchModel handSet() {
        Map<String, Level> l = new LinkedHashMap<>();
        l.put("first.exact", new Level(0.70, 0.01));
        l.put("first.close", new Level(0.15, 0.003));
        l.put("first.similar", new Level(0.08, 0.02));
        l.put("first.other", new Level(0.07, 0.97));
        l.put("last.exact", new Level(0.70, 0.005));
        l.put("last.close", new Level(0.15, 0.002));
        l.put("last.similar", new Level(0.08, 0.01));
        l.put("last.other", new Level(0.07, 0.985));
        l.put("dob.exact", new Level(0.65, 0.0002));
        l.put("dob.slip", new Level(0.12, 0.0015));
        l.put("dob.year", new Level(0.10, 0.03));
        l.put("dob.decade", new Level(0.03, 0.30));
        l.put("dob.other", new Level(0.03, 0.67));
        l.put("email.exact", new Level(0.75, 0.0001));
        l.put("email.close", new Level(0.15, 0.0005));
        l.put("email.other", new Level(0.10, 0.9994));
        l.put("phone.exact", new Level(0.70, 0.0001));
        l.put("phone.other", new Level(0.30, 0.9999));
        l.put("postcode.exact", new Level(0.70, 0.001));
        l.put("postcode.other", new Level(0.30, 0.999));
        l.put("town.exact", new Level(0.75, 0.10));
        l.put("town.close", new Level(0.12, 0.01));
        l.put("town.other", new Level(0.13, 0.89));
        return new MatchModel(Collections.unmodifiableMap(l));
    }

    MatchModel {
        for (String key : HAND_SET == null ? List.<String>of() : HAND_SET.levels().keySet()) {
            if (!levels.containsKey(key)) {
                throw new IllegalArgumentException("The model has no m and u for " + key);
            }
        }
    }

    Level level(String key) {
        return levels.get(key);
    }

    double weight(String key) {
        return levels.get(key).weight();
    }

    static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
