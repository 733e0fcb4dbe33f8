package org.roundtable.person;

/**
 * How often the entered names occur. An exact match on a rare name is stronger evidence than one on a common name:
 * the u probability of an exact name match is the name's frequency (term-frequency adjustment, as in Splink).
 * The frequency counted among recorded identities is smoothed towards the default with {@link #PSEUDO_IDENTITIES}
 * so that a small database does not make every name look rare, and is never below the name's share of the
 * population when the reference list knows it.
 */
record NameFrequencies(long identities, long firstAsFirst, long lastAsLast, long lastAsFirst, long firstAsLast,
        double referenceFirstAsFirst, double referenceLastAsLast, double referenceLastAsFirst, double referenceFirstAsLast) {

    static final double PSEUDO_IDENTITIES = 1000;

    double first(boolean swapped, double fallback) {
        return frequency(swapped ? lastAsFirst : firstAsFirst, swapped ? referenceLastAsFirst : referenceFirstAsFirst, fallback);
    }

    double last(boolean swapped, double fallback) {
        return frequency(swapped ? firstAsLast : lastAsLast, swapped ? referenceFirstAsLast : referenceLastAsLast, fallback);
    }

    private double frequency(long count, double reference, double fallback) {
        double counted = (count + PSEUDO_IDENTITIES * fallback) / (identities + PSEUDO_IDENTITIES);
        return Math.max(counted, reference);
    }
}
