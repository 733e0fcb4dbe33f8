package org.roundtable.person;

import java.util.Locale;

/** Contact details reduced to what identifies: case and spacing of emails and postcodes, only the digits of phones. */
final class Contacts {

    private Contacts() {
    }

    static String email(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The part of an email before the @, which a typo in the domain leaves alone; null when shorter than three letters,
     * which too many strangers share to block on.
     */
    static String emailLocalPart(String normalisedEmail) {
        int at = normalisedEmail == null ? -1 : normalisedEmail.indexOf('@');
        return at < 3 ? null : normalisedEmail.substring(0, at);
    }

    static String phone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("44") && digits.length() > 10) {
            digits = "0" + digits.substring(2);
        }
        return digits.length() < 6 ? null : digits;
    }

    static String postcode(String postcode) {
        return postcode == null || postcode.isBlank() ? null : postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
