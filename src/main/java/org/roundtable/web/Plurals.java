package org.roundtable.web;

import io.quarkus.qute.TemplateExtension;

/**
 * A count with its noun in the right number: "1 minute", "2 minutes". One helper for pages ({plural:counted(n, 'minute')}),
 * PDFs and messages, so no sentence says "1 minutes".
 */
@TemplateExtension(namespace = "plural")
public final class Plurals {

    private Plurals() {
    }

    /** The count and the noun, adding "s" for any count but 1. */
    public static String counted(Number count, String one) {
        return countedAs(count, one, one + "s");
    }

    /** The count and the noun, for nouns whose plural is not the singular plus "s". */
    public static String countedAs(Number count, String one, String many) {
        long n = count == null ? 0 : count.longValue();
        return n + " " + (n == 1 ? one : many);
    }
}
