package org.roundtable.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation for matching: case, spaces, accents and punctuation do not count. */
public final class Names {

    /** What practitioners type for a name they do not have. */
    public static final String NOT_KNOWN = "Not known";

    private static final java.util.Set<String> UNKNOWN = java.util.Set.of("notknown", "unknown", "nk");

    /** Compiled once: a candidate lookup normalises names thousands of times (String.replaceAll compiles each call). */
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** The normalised name for matching, or null when none was given ("Not known", "unknown"). */
    static String forMatching(String name) {
        String normalised = normalise(name);
        return normalised.isEmpty() || UNKNOWN.contains(normalised) ? null : normalised;
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    public static String matchKey(String firstName, String lastName) {
        return normalise(firstName) + "|" + normalise(lastName);
    }
}
