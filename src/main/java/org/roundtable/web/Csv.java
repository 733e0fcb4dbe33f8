package org.roundtable.web;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, written so that a spreadsheet opens it safely and read as spreadsheets save it: fields quoted when
 * they hold a comma, quote or line break, quotes doubled, CRLF between records. Reading also takes LF or CR line
 * ends and a UTF-8 byte order mark (Excel's "CSV UTF-8" writes one).
 */
public final class Csv {

    /** A file that is not CSV; {@code row} counts records from 1, as a spreadsheet numbers its rows. */
    public static final class Malformed extends Exception {
        private final int row;

        Malformed(int row, String message) {
            super(message);
            this.row = row;
        }

        public int row() {
            return row;
        }
    }

    private Csv() {
    }

    /** One record, with its CRLF. */
    public static String row(List<String> fields) {
        return String.join(",", fields.stream().map(Csv::field).toList()) + "\r\n";
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        // A leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** Every record, blank lines included (as one empty field), so that list index + 1 is the spreadsheet's row. */
    public static List<List<String>> parse(String text) throws Malformed {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (i + 1 == csv.length() || ",\r\n".indexOf(csv.charAt(i + 1)) >= 0) {
                    quoted = false;
                } else {
                    throw new Malformed(records.size() + 1, "A quote inside a quoted value must be doubled (\"\")");
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new Malformed(records.size() + 1, "A quoted value is not closed: a quote (\") is missing");
        }
        if (fieldStarted || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
