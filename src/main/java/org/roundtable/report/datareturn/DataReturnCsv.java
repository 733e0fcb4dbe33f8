package org.roundtable.report.datareturn;

import java.util.List;
import java.util.stream.Collectors;

/** The return as RFC 4180 CSV: a header line, then one line per meeting, exact counts, blanks where not collected. */
final class DataReturnCsv {

    private DataReturnCsv() {
    }

    static String of(List<DataReturnRow> rows) {
        StringBuilder csv = new StringBuilder(line(DataReturnColumns.HEADERS.stream().map(Object.class::cast).toList()));
        rows.forEach(row -> csv.append(line(DataReturnColumns.cells(row))));
        return csv.toString();
    }

    private static String line(List<Object> cells) {
        return cells.stream().map(DataReturnColumns::text).map(DataReturnCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(String value) {
        // The MARAC's name is typed by an administrator: a leading =, +, - or @ would run as a spreadsheet formula.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
