package org.roundtable.person;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Fellegi-Sunter scoring of one recorded identity against an entry. Each field comparison falls into a level
 * ({@link #compare}); the model in use ({@link MatchModel}, a stored version) gives each level m and u, and the level
 * adds log2(m/u) to the match weight. Exact name matches use the name's frequency as u. Missing values add nothing.
 */
final class MatchScorer {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** How often a true match has its first and last names the wrong way round, against the same names in order. */
    private static final double SWAPPED = 0.1;

    private MatchScorer() {
    }

    /**
     * The entry as compared: normalised once per lookup, not once per identity scored (normalising is regular
     * expressions and Unicode decomposition, and a lookup scores hundreds of identities).
     */
    record Entry(String first, String last, LocalDate dateOfBirth, String email, String phone, String postcode, String town) {
        static Entry of(MatchQuery q) {
            return new Entry(q.firstNorm(), q.lastNorm(), q.dateOfBirth(), q.emailNorm(), q.phoneNorm(), q.postcodeNorm(),
                    q.townNorm());
        }

        static Entry of(IdentityRow r) {
            return new Entry(r.firstNorm(), r.lastNorm(), r.dateOfBirth(), r.email(), r.phone(), r.postcode(), r.townNorm());
        }
    }

    /** One field compared: the level it fell into ("dob.slip") and the reason a practitioner can check (or null). */
    record Compared(String level, String reason) {
    }

    /** The levels of an entry against an identity, with the names in order or swapped, whichever weighs more. */
    record Comparison(List<Compared> levels, boolean swapped, double weight) {
    }

    static MatchScore score(Entry q, IdentityRow r, NameFrequencies frequencies, MatchModel model) {
        Comparison comparison = compare(q, r, frequencies, model);
        List<String> reasons = new ArrayList<>();
        comparison.levels().stream().filter(c -> isName(c) && c.reason() != null).forEach(c -> reasons.add(c.reason()));
        if (comparison.swapped()) {
            reasons.add("first and last names swapped");
        }
        if ("alias".equals(r.source()) && nameWeight(comparison, frequencies, model) > 0) {
            reasons.add("a known alias (" + r.firstName() + " " + r.lastName() + ")");
        }
        comparison.levels().stream().filter(c -> !isName(c) && c.reason() != null).forEach(c -> reasons.add(c.reason()));
        return new MatchScore(comparison.weight(), reasons);
    }

    static Comparison compare(Entry q, IdentityRow r, NameFrequencies frequencies, MatchModel model) {
        List<Compared> inOrder = names(q.first(), q.last(), r);
        List<Compared> swapped = names(q.last(), q.first(), r);
        double inOrderWeight = weigh(inOrder, frequencies, false, model);
        double swappedWeight = weigh(swapped, frequencies, true, model) + MatchModel.log2(SWAPPED);
        boolean isSwapped = swappedWeight > inOrderWeight;
        List<Compared> levels = new ArrayList<>(isSwapped ? swapped : inOrder);
        double weight = isSwapped ? swappedWeight : inOrderWeight;
        List<Compared> rest = new ArrayList<>();
        add(rest, dateOfBirth(q.dateOfBirth(), r.dateOfBirth()));
        add(rest, exactOrClose("email", q.email(), r.email(), true, "same email", "similar email"));
        add(rest, exactOrClose("phone", q.phone(), r.phone(), false, "same phone", null));
        add(rest, exactOrClose("postcode", q.postcode(), r.postcode(), false, "same postcode", null));
        add(rest, exactOrClose("town", q.town(), r.townNorm(), true, "same town", "similar town"));
        levels.addAll(rest);
        weight += weigh(rest, frequencies, false, model);
        return new Comparison(levels, isSwapped, weight);
    }

    private static boolean isName(Compared c) {
        return c.level().startsWith("first.") || c.level().startsWith("last.");
    }

    private static double nameWeight(Comparison comparison, NameFrequencies frequencies, MatchModel model) {
        return weigh(comparison.levels().stream().filter(MatchScorer::isName).toList(), frequencies, comparison.swapped(), model)
                + (comparison.swapped() ? MatchModel.log2(SWAPPED) : 0);
    }

    /** The weight of some levels; an exact name's u is the name's frequency. */
    private static double weigh(List<Compared> levels, NameFrequencies f, boolean swapped, MatchModel model) {
        double weight = 0;
        for (Compared c : levels) {
            MatchModel.Level level = model.level(c.level());
            if (c.level().equals("first.exact")) {
                weight += MatchModel.log2(level.m() / f.first(swapped, level.u()));
            } else if (c.level().equals("last.exact")) {
                weight += MatchModel.log2(level.m() / f.last(swapped, level.u()));
            } else {
                weight += level.weight();
            }
        }
        return weight;
    }

    private static void add(List<Compared> levels, Compared compared) {
        if (compared != null) {
            levels.add(compared);
        }
    }

    private static List<Compared> names(String first, String last, IdentityRow r) {
        List<Compared> levels = new ArrayList<>(2);
        add(levels, name("first", first, r.firstNorm(), "first name"));
        add(levels, name("last", last, r.lastNorm(), "last name"));
        return levels;
    }

    private static Compared name(String comparison, String entered, String recorded, String label) {
        if (entered == null || recorded == null) {
            return null;
        }
        if (entered.equals(recorded)) {
            return new Compared(comparison + ".exact", "same " + label);
        }
        double similarity = JARO_WINKLER.apply(entered, recorded);
        if (similarity >= 0.92) {
            return new Compared(comparison + ".close", label + " spelt nearly the same");
        }
        if (similarity >= 0.80) {
            return new Compared(comparison + ".similar", label + " similar");
        }
        return new Compared(comparison + ".other", null);
    }

    private static Compared dateOfBirth(LocalDate entered, LocalDate recorded) {
        if (entered == null || recorded == null) {
            return null;
        }
        if (entered.equals(recorded)) {
            return new Compared("dob.exact", "same date of birth");
        }
        if (entered.getYear() == recorded.getYear() && entered.getDayOfMonth() == recorded.getMonthValue()
                && entered.getMonthValue() == recorded.getDayOfMonth()) {
            return new Compared("dob.slip", "date of birth with day and month swapped");
        }
        if (ONE_EDIT.apply(entered.toString(), recorded.toString()) == 1) {
            return new Compared("dob.slip", "date of birth one digit different");
        }
        long days = Math.abs(ChronoUnit.DAYS.between(entered, recorded));
        if (days <= 366) {
            return new Compared("dob.year", "date of birth within a year");
        }
        return new Compared(days <= 3660 ? "dob.decade" : "dob.other", null);
    }

    private static Compared exactOrClose(String comparison, String entered, String recorded, boolean hasClose, String exactReason,
            String closeReason) {
        if (entered == null || recorded == null) {
            return null;
        }
        if (entered.equals(recorded)) {
            return new Compared(comparison + ".exact", exactReason);
        }
        if (hasClose && JARO_WINKLER.apply(entered, recorded) >= 0.88) {
            return new Compared(comparison + ".close", closeReason);
        }
        return new Compared(comparison + ".other", null);
    }
}
