package org.roundtable.report.datareturn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.roundtable.agency.SafeLivesSource;

/** The return's columns in SafeLives' order, once, for the page, the CSV and the XLSX alike. */
final class DataReturnColumns {

    static final List<String> HEADERS = headers();

    private DataReturnColumns() {
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("MARAC name", "Meeting date", "Cases discussed", "Repeat cases",
                "Children in the households", "Cases with children"));
        Arrays.stream(SafeLivesSource.values()).map(s -> "Referred by: " + s.label()).forEach(headers::add);
        headers.addAll(List.of("Racially minoritised victims", "LGBTQ+ victims", "Disabled victims", "Male victims",
                "Victims aged 16-17", "Person causing harm aged under 18", "Victims aged 65 or over", "Ethnicity: Asian",
                "Ethnicity: Black", "Ethnicity: Mixed", "Ethnicity: Other White", "Ethnicity: Other"));
        return List.copyOf(headers);
    }

    /** The meeting's name and date, then its counts (null where not collected), in header order. */
    static List<Object> cells(DataReturnRow row) {
        List<Object> cells = new ArrayList<>(List.of(row.maracName(), row.meetingDate(), row.casesDiscussed(), row.repeatCases(),
                row.childrenInHouseholds(), row.casesWithChildren()));
        Arrays.stream(SafeLivesSource.values()).map(s -> row.casesBySource().getOrDefault(s, 0L)).forEach(cells::add);
        cells.addAll(Arrays.asList(row.raciallyMinoritised(), row.lgbtq(), row.disabled(), row.male(), row.aged16To17(),
                row.perpetratorUnder18(), row.aged65OrOver(), row.asian(), row.black(), row.mixed(), row.otherWhite(),
                row.otherEthnicGroup()));
        return cells;
    }

    /** A cell as text: the national return writes exact counts (SafeLives receives them under an agreement). */
    static String text(Object cell) {
        if (cell instanceof Long count) {
            return org.roundtable.report.SmallCounts.exact(count);
        }
        return cell == null ? "" : cell.toString();
    }
}
