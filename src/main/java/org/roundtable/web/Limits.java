package org.roundtable.web;

/**
 * The longest text each kind of field may hold, declared once and used by every request record's {@code @Size}.
 * Each value matches the column the field is stored in (see the migrations); free text stored as {@code text} has
 * no column limit, so it gets a generous one here that keeps a single case record readable and a page fast.
 */
public final class Limits {

    /** person names, aliases, towns, relationships, ethnicity and the like: varchar(120) (V4). */
    public static final int NAME = 120;
    /** sex: varchar(40) (V4). */
    public static final int SEX = 40;
    /** disability: varchar(200) (V4). */
    public static final int DISABILITY = 200;
    /** postcode: varchar(12) (V4). */
    public static final int POSTCODE = 12;
    /** phone numbers: varchar(40) (V4, V5). */
    public static final int PHONE = 40;
    /** email addresses: varchar(320) (V4) and an agency's mailbox varchar(254) (V14): the smaller of the two. */
    public static final int EMAIL = 254;
    /** officer, attendee and user names: varchar(255) (V4, V12). */
    public static final int PERSON_LABEL = 255;
    /** agency names: varchar(160) (V1). */
    public static final int AGENCY_NAME = 160;
    /** agency short codes: varchar(16) (V1). */
    public static final int SHORT_CODE = 16;
    /** a meeting's venue: varchar(300) (V12). */
    public static final int VENUE = 300;
    /** a meeting's video link: varchar(500) (V12). */
    public static final int LINK = 500;
    /** a checklist's name: varchar(200) (V2). */
    public static final int CHECKLIST_NAME = 200;
    /** the MARAC's name in the SafeLives data return: varchar(160) (V22). */
    public static final int MARAC_NAME = 160;
    /** where published national figures come from: varchar(300) (V22). */
    public static final int FIGURE_SOURCE = 300;
    /** a reason, a question, a note or an answer given with a change: text, bounded at 10,000 characters. */
    public static final int REASON = 10_000;
    /** summaries, research, minutes notes and amendments: text, bounded at 100,000 characters (about 40 pages). */
    public static final int LONG_TEXT = 100_000;

    private Limits() {
    }
}
