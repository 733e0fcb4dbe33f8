package org.roundtable.report;

/**
 * Disclosure control for downloads: a count from 1 to 4 could point at a person in a small area, so every download
 * except the national return writes it as "<5". A blank (null) stays blank: it means "not collected", where 0 means
 * "none". On-screen figures for the partnership stay exact.
 */
public final class SmallCounts {

    public static final String SUPPRESSED = "<5";

    private SmallCounts() {
    }

    public static String forDownload(Long count) {
        if (count == null) {
            return "";
        }
        return count >= 1 && count <= 4 ? SUPPRESSED : String.valueOf(count);
    }

    /** The national return: SafeLives asks for exact counts and receives them under an agreement. */
    public static String exact(Long count) {
        return count == null ? "" : String.valueOf(count);
    }
}
