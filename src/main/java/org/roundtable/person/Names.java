package org.roundtable.person;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation for matching: case, spaces, accents and punctuation do not count. */
public final class Names {

    private Names() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    public static String matchKey(String firstName, String lastName) {
        return normalise(firstName) + "|" + normalise(lastName);
    }
}
