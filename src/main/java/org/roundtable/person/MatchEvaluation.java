package org.roundtable.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.roundtable.web.InvalidInputException;

/**
 * Measures matching as intake uses it. Records are entered in file order: for each, ask for candidates, then link
 * it to its true person (creating the person the first time), as a careful user would. A candidate shown is correct
 * when it is the record's true person. A field intake would refuse (a date of birth in the future, an email it does not
 * accept, an empty or too long name) is entered blank, as a referrer would have to leave it, and counted: messy files
 * are measured to the end, never stopped by their first bad record.
 */
@ApplicationScoped
public class MatchEvaluation {

    @Inject
    CandidateSearch candidates;

    @Inject
    PersonService people;

    @Inject
    Validator validator;

    @Inject
    PersonIdentities identities;

    /** How many true matches a blocking rule lets through, and how many only it does. */
    public record RuleSurvival(int letsThrough, int onlyIt) {
    }

    /** Precision and recall had the threshold been this one (the candidates of each lookup at or above it). */
    public record AtThreshold(double threshold, int shown, int correctShown, int truePersonShown, int truePersonExisted) {
        public double precision() {
            return shown == 0 ? 1 : (double) correctShown / shown;
        }

        public double recall() {
            return truePersonExisted == 0 ? 1 : (double) truePersonShown / truePersonExisted;
        }
    }

    /** The thresholds of the precision/recall table (the shipped one is added and marked). */
    static final List<Double> THRESHOLDS = List.of(0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 0.999);

    /** The fields the evaluation enters, as the summary names them. */
    private static final List<String> FIELDS = List.of("dob", "email", "first_name", "last_name", "town");

    /**
     * refused: how many fields of each kind were entered blank because intake refuses them as given; skipped: records
     * that could not be entered at all (no truth value, or refused for a reason the evaluation cannot blank).
     */
    public record Result(int records, int shown, int correctShown, int truePersonExisted, int truePersonShown,
            int truePersonBlocked, long p50Micros, long p99Micros, Map<String, Integer> refused, int skipped,
            Map<String, RuleSurvival> rules, int noRule, double threshold, List<AtThreshold> thresholds) {

        public int refused(String field) {
            return refused.getOrDefault(field, 0);
        }

        String refusedSummary() {
            StringBuilder summary = new StringBuilder("refused:");
            FIELDS.forEach(f -> summary.append(' ').append(f).append('=').append(refused(f)));
            refused.keySet().stream().filter(f -> !FIELDS.contains(f)).forEach(f -> summary.append(' ').append(f).append('=').append(refused(f)));
            return summary.append(" skipped_records=").append(skipped).toString();
        }

        public double precision() {
            return shown == 0 ? 1 : (double) correctShown / shown;
        }

        public double recall() {
            return truePersonExisted == 0 ? 1 : (double) truePersonShown / truePersonExisted;
        }

        public double f1() {
            return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
        }

        public double blockingSurvival() {
            return truePersonExisted == 0 ? 1 : (double) truePersonBlocked / truePersonExisted;
        }

        /** The share of true matches that this blocking rule alone lets through. */
        public double survival(String rule) {
            return truePersonExisted == 0 ? 1 : (double) rules.get(rule).letsThrough() / truePersonExisted;
        }

        String rulesTable() {
            StringBuilder table = new StringBuilder("blocking rules, of " + truePersonExisted
                    + " true matches: each lets through alone | only it lets through");
            rules.forEach((rule, counts) -> table.append(String.format(Locale.ROOT, "%n  %-55s %6d (%.3f) | %5d", rule, counts.letsThrough(),
                    survival(rule), counts.onlyIt())));
            return table.append(String.format(Locale.ROOT, "%n  %-55s %6d", "no rule", noRule)).toString();
        }

        String thresholdTable() {
            StringBuilder table = new StringBuilder("precision and recall by threshold (* = the threshold in use):");
            thresholds.forEach(t -> table.append(String.format(Locale.ROOT, "%n  %s%-6s precision=%.3f recall=%.3f shown=%d",
                    t.threshold() == threshold ? "*" : " ", t.threshold(), t.precision(), t.recall(), t.shown())));
            return table.toString();
        }

        public String report() {
            return rulesTable() + "\n" + thresholdTable() + "\n" + String.format(Locale.ROOT, """
                    records=%d candidates_shown=%d correct_shown=%d true_person_existed=%d true_person_shown=%d
                    %s (fields entered blank because intake refuses them as given)
                    blocking_survival=%.3f (true matches let through by the blocking step)
                    precision=%.2f recall=%.2f f1=%.2f p50_ms=%d p99_ms=%d""", records, shown, correctShown, truePersonExisted,
                    truePersonShown, refusedSummary(), blockingSurvival(), precision(), recall(), f1(), Math.round(p50Micros / 1000.0),
                    Math.round(p99Micros / 1000.0));
        }
    }

    @ActivateRequestContext
    public Result evaluate(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = Arrays.stream(lines.get(0).split(",", -1)).map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int truth = header.indexOf("cluster") >= 0 ? header.indexOf("cluster") : header.indexOf("group");
        if (truth < 0) {
            throw new IllegalArgumentException("The file needs a column named cluster or group holding the true person");
        }
        Map<String, UUID> personOfCluster = new HashMap<>();
        double threshold = candidates.minimumProbability();
        List<Long> micros = new ArrayList<>();
        int shown = 0;
        int correct = 0;
        int existed = 0;
        int found = 0;
        int blocked = 0;
        Map<String, Integer> refused = new TreeMap<>();
        int skipped = 0;
        Map<String, RuleSurvival> rules = new java.util.LinkedHashMap<>();
        PersonIdentities.RULES.forEach(r -> rules.put(r.name(), new RuleSurvival(0, 0)));
        int noRule = 0;
        List<Double> levels = java.util.stream.Stream.concat(THRESHOLDS.stream(), java.util.stream.Stream.of(threshold)).distinct().sorted()
                .toList();
        int[][] atThreshold = new int[levels.size()][3];
        // Kept only when asked for (bench/match-eval --misses): each person's earlier lines, and the misses to write.
        String missesFile = System.getProperty("roundtable.match-eval.misses");
        Map<String, List<String>> earlierLines = new HashMap<>();
        List<String> misses = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            String cluster = cell(cells, header, header.get(truth));
            if (cluster == null) {
                skipped++;
                continue;
            }
            String dob = cell(cells, header, "dob");
            LocalDate dateOfBirth = date(dob);
            if (dob != null && dateOfBirth == null) {
                refused.merge("dob", 1, Integer::sum);
            }
            PersonForm form = asIntakeTakesIt(new PersonForm(cell(cells, header, "first_name"), cell(cells, header, "surname"), null,
                    dateOfBirth, null, null, null, null, null, null, null, false, null, cell(cells, header, "city"), null, null,
                    cell(cells, header, "email"), null, null), refused);
            if (form == null) {
                skipped++;
                continue;
            }
            MatchQuery query = MatchQuery.of(form);
            UUID truePerson = personOfCluster.get(cluster);
            long start = System.nanoTime();
            CandidateSearch.Lookup lookup = candidates.lookup(query, Math.min(threshold, levels.get(0)));
            micros.add((System.nanoTime() - start) / 1000);
            for (int t = 0; t < levels.size(); t++) {
                double level = levels.get(t);
                List<Candidate> above = lookup.candidates().stream().filter(c -> c.probability() >= level).toList();
                atThreshold[t][0] += above.size();
                boolean trueShown = truePerson != null && above.stream().anyMatch(c -> c.personId().equals(truePerson));
                atThreshold[t][1] += trueShown ? 1 : 0;
            }
            List<Candidate> proposed = lookup.candidates().stream().filter(c -> c.probability() >= threshold).toList();
            shown += proposed.size();
            boolean hit = truePerson != null && proposed.stream().anyMatch(c -> c.personId().equals(truePerson));
            if (hit) {
                correct++;
            }
            if (truePerson != null) {
                existed++;
                found += hit ? 1 : 0;
                blocked += lookup.blocked().contains(truePerson) ? 1 : 0;
                List<String> through = query.isEmpty() ? List.of() : identities.rulesLettingThrough(query, truePerson);
                if (through.isEmpty()) {
                    noRule++;
                    if (missesFile != null) {
                        misses.add(line + "\n    earlier: " + String.join("\n    earlier: ", earlierLines.getOrDefault(cluster, List.of())));
                    }
                }
                through.forEach(rule -> rules.computeIfPresent(rule, (r, c) -> new RuleSurvival(c.letsThrough() + 1,
                        c.onlyIt() + (through.size() == 1 ? 1 : 0))));
            }
            try {
                if (truePerson == null) {
                    personOfCluster.put(cluster, people.create(form, null, ""));
                } else {
                    people.addIdentity(truePerson, form, "referral");
                }
            } catch (InvalidInputException e) {
                skipped++;
            }
            if (missesFile != null) {
                earlierLines.computeIfAbsent(cluster, c -> new ArrayList<>()).add(line);
            }
        }
        if (missesFile != null) {
            writeMisses(Path.of(missesFile), misses);
        }
        micros.sort(null);
        return new Result(lines.size() - 1, shown, correct, existed, found, blocked, percentile(micros, 0.50), percentile(micros, 0.99),
                refused, skipped, rules, noRule, threshold, thresholdRows(levels, atThreshold, existed));
    }

    /**
     * With -Droundtable.match-eval.misses=FILE (bench/match-eval FILE.csv --misses OUT), writes each record whose true
     * person no blocking rule let through, under it the same person's earlier records: what a new block would have to
     * find.
     */
    private static void writeMisses(Path out, List<String> misses) {
        try {
            Files.write(out, misses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<AtThreshold> thresholdRows(List<Double> levels, int[][] counts, int existed) {
        List<AtThreshold> rows = new ArrayList<>();
        for (int t = 0; t < levels.size(); t++) {
            rows.add(new AtThreshold(levels.get(t), counts[t][0], counts[t][1], counts[t][1], existed));
        }
        return rows;
    }

    private static String cell(String[] cells, List<String> header, String column) {
        int index = header.indexOf(column);
        return index < 0 || index >= cells.length || cells[index].isBlank() ? null : cells[index].trim();
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The record as intake takes it: each field intake refuses is blanked and counted under its summary name; a name
     * refused (missing or too long) is entered as practitioners enter a name they do not have, "Not known", which
     * matching ignores. Null when a refusal remains that blanking a field cannot answer.
     */
    PersonForm asIntakeTakesIt(PersonForm form, Map<String, Integer> refused) {
        PersonForm entered = form;
        List<String> fields = validator.validate(form).stream().map(v -> v.getPropertyPath().toString()).distinct().toList();
        for (String field : fields) {
            entered = switch (field) {
                case "firstName" -> withField(entered, Names.NOT_KNOWN, entered.lastName(), entered.dateOfBirth(), entered.town(), entered.safeEmail());
                case "lastName" -> withField(entered, entered.firstName(), Names.NOT_KNOWN, entered.dateOfBirth(), entered.town(), entered.safeEmail());
                case "dateOfBirth" -> withField(entered, entered.firstName(), entered.lastName(), null, entered.town(), entered.safeEmail());
                case "town" -> withField(entered, entered.firstName(), entered.lastName(), entered.dateOfBirth(), null, entered.safeEmail());
                case "safeEmail" -> withField(entered, entered.firstName(), entered.lastName(), entered.dateOfBirth(), entered.town(), null);
                default -> null;
            };
            if (entered == null) {
                return null;
            }
            refused.merge(SUMMARY_NAMES.get(field), 1, Integer::sum);
        }
        return entered;
    }

    private static final Map<String, String> SUMMARY_NAMES = Map.of("firstName", "first_name", "lastName", "last_name",
            "dateOfBirth", "dob", "town", "town", "safeEmail", "email");

    private static PersonForm withField(PersonForm form, String firstName, String lastName, LocalDate dateOfBirth, String town,
            String email) {
        return new PersonForm(firstName, lastName, null, dateOfBirth, null, null, null, null, null, null, null, false, null, town, null,
                null, email, null, null);
    }

    /** The value at quantile p of an ascending list (0 when empty). */
    static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
