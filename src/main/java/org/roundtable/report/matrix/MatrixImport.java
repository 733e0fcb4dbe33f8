package org.roundtable.report.matrix;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.roundtable.web.Csv;
import org.roundtable.web.FieldError;
import org.roundtable.web.TextRules;

/**
 * Reads a matrix from CSV: a header row naming {@code name} and the nine criteria (in any order, by their column
 * name or their label; {@code total} and {@code rank} are Roundtable's to compute and are ignored), then one row per
 * issue. Every row is checked by the same rules as the form; any problem rejects the whole file.
 */
final class MatrixImport {

    static final int MAX_BYTES = 1_000_000;
    static final int MAX_ISSUES = 500;
    private static final int MAX_PROBLEMS = 100;
    static final String NAME = "name";
    private static final List<String> COMPUTED = List.of("total", "rank");

    private MatrixImport() {
    }

    /** The file's text, or a problem when it is too big or not UTF-8. */
    static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw rejected(1, "", "The file must be smaller than 1 MB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw rejected(1, "", "Save the file as \"CSV UTF-8\" and upload it again");
        }
    }

    /** Each row's issue, in file order; {@code rules} gives a row's field errors by JSON field name. */
    static List<IssueScores> read(String text, Function<IssueScores, List<FieldError>> rules) {
        if (text.length() > MAX_BYTES) {
            throw rejected(1, "", "The file must be smaller than 1 MB");
        }
        List<List<String>> records;
        try {
            records = Csv.parse(text);
        } catch (Csv.Malformed e) {
            throw rejected(e.row(), "", e.getMessage());
        }
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
            throw rejected(1, "", "The first row must be the header: " + NAME + " and the nine criteria");
        }
        List<RejectedImport.Problem> problems = new ArrayList<>();
        Map<String, Integer> columns = header(records.get(0), problems);
        if (!problems.isEmpty()) {
            throw new RejectedImport(problems);
        }
        List<IssueScores> issues = new ArrayList<>();
        Map<String, Integer> rowOfName = new HashMap<>();
        for (int i = 1; i < records.size() && problems.size() < MAX_PROBLEMS; i++) {
            List<String> record = records.get(i);
            int row = i + 1;
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (issues.size() == MAX_ISSUES) {
                problems.add(new RejectedImport.Problem(row, "", "A matrix can hold at most " + MAX_ISSUES + " issues"));
                break;
            }
            IssueScores issue = row(record, row, records.get(0).size(), columns, problems);
            if (issue == null) {
                continue;
            }
            rules.apply(issue).forEach(error -> problems.add(new RejectedImport.Problem(row, column(error.field()), error.message())));
            if (issue.name() != null && !issue.name().isBlank()) {
                Integer first = rowOfName.putIfAbsent(issue.name().trim().toLowerCase(Locale.ROOT), row);
                if (first != null) {
                    problems.add(new RejectedImport.Problem(row, NAME, "This issue is also on row " + first + ": give each issue one row"));
                }
            }
            issues.add(issue);
        }
        if (problems.isEmpty() && issues.isEmpty()) {
            problems.add(new RejectedImport.Problem(2, "", "The file has no issues: add a row for each issue below the header"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedImport(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return issues;
    }

    /** Where each column is, by its column name; problems for a header that lacks one or names one twice or unknown. */
    private static Map<String, Integer> header(List<String> header, List<RejectedImport.Problem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String heading = heading(header.get(i));
            if (heading.isEmpty()) {
                continue; // a spreadsheet's empty column
            }
            if (!TextRules.acceptable(header.get(i))) {
                problems.add(new RejectedImport.Problem(1, "column " + (i + 1), TextRules.MESSAGE));
            } else if (!heading.equals(NAME) && !COMPUTED.contains(heading) && Criterion.byColumn(heading).isEmpty()) {
                problems.add(new RejectedImport.Problem(1, "column " + (i + 1), "Unknown column \"" + abbreviated(header.get(i))
                        + "\": the columns are " + NAME + ", " + String.join(", ", Arrays.stream(Criterion.values()).map(Criterion::column).toList())));
            } else if (columns.putIfAbsent(heading, i) != null) {
                problems.add(new RejectedImport.Problem(1, heading, "The column " + heading + " is in the header twice"));
            }
        }
        List<String> required = new ArrayList<>(List.of(NAME));
        Arrays.stream(Criterion.values()).map(Criterion::column).forEach(required::add);
        required.stream().filter(c -> !columns.containsKey(c))
                .forEach(c -> problems.add(new RejectedImport.Problem(1, c, "The header has no " + c + " column")));
        return columns;
    }

    private static IssueScores row(List<String> record, int row, int width, Map<String, Integer> columns,
            List<RejectedImport.Problem> problems) {
        boolean extraValues = record.subList(Math.min(width, record.size()), record.size()).stream().anyMatch(v -> !v.isBlank());
        if (record.size() < width || extraValues) {
            problems.add(new RejectedImport.Problem(row, "", "The row has " + record.size() + " values; the header has " + width + " columns"));
            return null;
        }
        int before = problems.size();
        for (int i = 0; i < record.size(); i++) {
            if (!TextRules.acceptable(record.get(i))) {
                problems.add(new RejectedImport.Problem(row, "column " + (i + 1), TextRules.MESSAGE));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        List<Integer> scores = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            String value = record.get(columns.get(criterion.column())).trim();
            Integer score = value.matches("\\d{1,2}") ? Integer.valueOf(value) : null;
            if (score == null && !value.isEmpty()) {
                problems.add(new RejectedImport.Problem(row, criterion.column(), IssueScores.RANGE + ", as a whole number"));
                score = Criterion.LOWEST;
            }
            scores.add(score);
        }
        return IssueScores.of(record.get(columns.get(NAME)).trim(), scores);
    }

    /** A heading as typed, made a column name: "Harm to people" and "harm_to_people" are the same column. */
    private static String heading(String typed) {
        String heading = typed.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return Arrays.stream(Criterion.values()).filter(c -> heading(c).equals(heading)).map(Criterion::column).findFirst().orElse(heading);
    }

    private static String heading(Criterion criterion) {
        return criterion.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    private static String column(String field) {
        return Criterion.byField(field).map(Criterion::column).orElse(field);
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static RejectedImport rejected(int row, String column, String message) {
        return new RejectedImport(List.of(new RejectedImport.Problem(row, column, message)));
    }
}
