package org.roundtable.person;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Fellegi-Sunter scoring of one recorded identity against an entry. Each field comparison falls into a level; each
 * level has m (how often a true match shows it) and u (how often two different people show it), and adds
 * log2(m/u) to the match weight. Exact name matches use the name's frequency as u. Missing values add nothing.
 * The m and u values are the defaults documented in docs/matching.md, in the range Splink estimates for UK person
 * data; they are not fitted to one file.
 */
final class MatchScorer {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

    /** m and u of one level. */
    private record Level(double m, double u) {
        double weight() {
            return Math.log(m / u) / Math.log(2);
        }
    }

    private static final double FIRST_EXACT_U = 0.01;
    private static final double LAST_EXACT_U = 0.005;
    private static final double NAME_EXACT_M = 0.70;
    private static final Level FIRST_CLOSE = new Level(0.15, 0.003);
    private static final Level FIRST_SIMILAR = new Level(0.08, 0.02);
    private static final Level FIRST_OTHER = new Level(0.07, 0.97);
    private static final Level LAST_CLOSE = new Level(0.15, 0.002);
    private static final Level LAST_SIMILAR = new Level(0.08, 0.01);
    private static final Level LAST_OTHER = new Level(0.07, 0.985);
    /** How often a true match has its first and last names the wrong way round, against the same names in order. */
    private static final double SWAPPED = 0.1;

    private static final Level DOB_EXACT = new Level(0.65, 0.0002);
    private static final Level DOB_ONE_SLIP = new Level(0.12, 0.0015);
    private static final Level DOB_YEAR = new Level(0.10, 0.03);
    private static final Level DOB_DECADE = new Level(0.03, 0.30);
    private static final Level DOB_OTHER = new Level(0.03, 0.67);

    private static final Level EMAIL_EXACT = new Level(0.75, 0.0001);
    private static final Level EMAIL_CLOSE = new Level(0.15, 0.0005);
    private static final Level EMAIL_OTHER = new Level(0.10, 0.9994);
    private static final Level PHONE_EXACT = new Level(0.70, 0.0001);
    private static final Level PHONE_OTHER = new Level(0.30, 0.9999);
    private static final Level POSTCODE_EXACT = new Level(0.70, 0.001);
    private static final Level POSTCODE_OTHER = new Level(0.30, 0.999);
    private static final Level TOWN_EXACT = new Level(0.75, 0.10);
    private static final Level TOWN_CLOSE = new Level(0.12, 0.01);
    private static final Level TOWN_OTHER = new Level(0.13, 0.89);

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
    }

    static MatchScore score(Entry q, IdentityRow r, NameFrequencies frequencies) {
        List<String> reasons = new ArrayList<>();
        NamePart inOrder = names(q.first(), q.last(), r, frequencies, false);
        NamePart swapped = names(q.last(), q.first(), r, frequencies, true);
        NamePart names = swapped.weight + log2(SWAPPED) > inOrder.weight ? swapped.plus(log2(SWAPPED)) : inOrder;
        double weight = names.weight;
        reasons.addAll(names.reasons);
        if (names.swapped()) {
            reasons.add("first and last names swapped");
        }
        if ("alias".equals(r.source()) && names.weight > 0) {
            reasons.add("a known alias (" + r.firstName() + " " + r.lastName() + ")");
        }
        weight += dateOfBirth(q.dateOfBirth(), r.dateOfBirth(), reasons);
        weight += exactOrClose(q.email(), r.email(), EMAIL_EXACT, EMAIL_CLOSE, EMAIL_OTHER, "same email", "similar email", reasons);
        weight += exactOrClose(q.phone(), r.phone(), PHONE_EXACT, null, PHONE_OTHER, "same phone", null, reasons);
        weight += exactOrClose(q.postcode(), r.postcode(), POSTCODE_EXACT, null, POSTCODE_OTHER, "same postcode", null, reasons);
        weight += exactOrClose(q.town(), r.townNorm(), TOWN_EXACT, TOWN_CLOSE, TOWN_OTHER, "same town", "similar town", reasons);
        return new MatchScore(weight, reasons);
    }

    private record NamePart(double weight, List<String> reasons, boolean swapped) {
        NamePart plus(double extra) {
            return new NamePart(weight + extra, reasons, true);
        }
    }

    private static NamePart names(String first, String last, IdentityRow r, NameFrequencies f, boolean swapped) {
        List<String> reasons = new ArrayList<>();
        double weight = name(first, r.firstNorm(), f.first(swapped, FIRST_EXACT_U), FIRST_CLOSE, FIRST_SIMILAR, FIRST_OTHER,
                "first name", reasons)
                + name(last, r.lastNorm(), f.last(swapped, LAST_EXACT_U), LAST_CLOSE, LAST_SIMILAR, LAST_OTHER, "last name", reasons);
        return new NamePart(weight, reasons, swapped);
    }

    private static double name(String entered, String recorded, double exactU, Level close, Level similar, Level other, String label,
            List<String> reasons) {
        if (entered == null || recorded == null) {
            return 0;
        }
        if (entered.equals(recorded)) {
            reasons.add("same " + label);
            return new Level(NAME_EXACT_M, exactU).weight();
        }
        double similarity = JARO_WINKLER.apply(entered, recorded);
        if (similarity >= 0.92) {
            reasons.add(label + " spelt nearly the same");
            return close.weight();
        }
        if (similarity >= 0.80) {
            reasons.add(label + " similar");
            return similar.weight();
        }
        return other.weight();
    }

    private static double dateOfBirth(LocalDate entered, LocalDate recorded, List<String> reasons) {
        if (entered == null || recorded == null) {
            return 0;
        }
        if (entered.equals(recorded)) {
            reasons.add("same date of birth");
            return DOB_EXACT.weight();
        }
        if (entered.getYear() == recorded.getYear() && entered.getDayOfMonth() == recorded.getMonthValue()
                && entered.getMonthValue() == recorded.getDayOfMonth()) {
            reasons.add("date of birth with day and month swapped");
            return DOB_ONE_SLIP.weight();
        }
        if (ONE_EDIT.apply(entered.toString(), recorded.toString()) == 1) {
            reasons.add("date of birth one digit different");
            return DOB_ONE_SLIP.weight();
        }
        long days = Math.abs(ChronoUnit.DAYS.between(entered, recorded));
        if (days <= 366) {
            reasons.add("date of birth within a year");
            return DOB_YEAR.weight();
        }
        return days <= 3660 ? DOB_DECADE.weight() : DOB_OTHER.weight();
    }

    private static double exactOrClose(String entered, String recorded, Level exact, Level close, Level other, String exactReason,
            String closeReason, List<String> reasons) {
        if (entered == null || recorded == null) {
            return 0;
        }
        if (entered.equals(recorded)) {
            reasons.add(exactReason);
            return exact.weight();
        }
        if (close != null && JARO_WINKLER.apply(entered, recorded) >= 0.88) {
            reasons.add(closeReason);
            return close.weight();
        }
        return other.weight();
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
