package org.roundtable.web;

/**
 * The one place that decides which text Roundtable accepts, from any field, parameter or form: no NUL or other C0
 * control character except tab, line feed and carriage return (PostgreSQL cannot store NUL, and the others have no
 * business in a case record), no DEL, and no half of a UTF-16 surrogate pair (text that is not well-formed Unicode).
 */
public final class TextRules {

    public static final String MESSAGE = "Remove the control characters (such as NUL) from this text";

    private TextRules() {
    }

    public static boolean acceptable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
