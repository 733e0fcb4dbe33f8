package org.roundtable.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
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
import java.util.UUID;

/**
 * Measures matching as intake uses it. Records are entered in file order: for each, ask for candidates, then link
 * it to its true person (creating the person the first time), as a careful user would. A candidate shown is correct
 * when it is the record's true person.
 */
@ApplicationScoped
public class MatchEvaluation {

    @Inject
    CandidateSearch candidates;

    @Inject
    PersonService people;

    public record Result(int records, int shown, int correctShown, int truePersonExisted, int truePersonShown,
            int truePersonBlocked, long p50Micros, long p99Micros) {

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

        public String report() {
            return String.format(Locale.ROOT, """
                    records=%d candidates_shown=%d correct_shown=%d true_person_existed=%d true_person_shown=%d
                    blocking_survival=%.3f (true matches let through by the blocking step)
                    precision=%.2f recall=%.2f f1=%.2f p50_ms=%d p99_ms=%d""", records, shown, correctShown, truePersonExisted,
                    truePersonShown, blockingSurvival(), precision(), recall(), f1(), Math.round(p50Micros / 1000.0),
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
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            MatchQuery query = new MatchQuery(cell(cells, header, "first_name"), cell(cells, header, "surname"),
                    date(cell(cells, header, "dob")), cell(cells, header, "email"), null, null, cell(cells, header, "city"));
            UUID truePerson = personOfCluster.get(cells[truth].trim());
            long start = System.nanoTime();
            CandidateSearch.Lookup lookup = candidates.lookup(query, threshold);
            micros.add((System.nanoTime() - start) / 1000);
            List<Candidate> proposed = lookup.candidates();
            shown += proposed.size();
            boolean hit = truePerson != null && proposed.stream().anyMatch(c -> c.personId().equals(truePerson));
            if (hit) {
                correct++;
            }
            if (truePerson != null) {
                existed++;
                found += hit ? 1 : 0;
                blocked += lookup.blocked().contains(truePerson) ? 1 : 0;
            }
            PersonForm form = new PersonForm(orUnknown(query.firstName()), orUnknown(query.lastName()), null, query.dateOfBirth(), null,
                    null, null, null, null, null, null, false, null, query.town(), null, null, validEmail(query.email()), null, null);
            if (truePerson == null) {
                personOfCluster.put(cells[truth].trim(), people.create(form, null, ""));
            } else {
                people.addIdentity(truePerson, form, "referral");
            }
        }
        micros.sort(null);
        return new Result(lines.size() - 1, shown, correct, existed, found, blocked, percentile(micros, 0.50), percentile(micros, 0.99));
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

    /** A name not given is recorded as practitioners do, "Not known", which matching ignores. */
    private static String orUnknown(String name) {
        return name == null ? Names.NOT_KNOWN : name;
    }

    private static String validEmail(String email) {
        return email != null && email.matches("[^@\\s]+@[^@\\s]+") ? email : null;
    }

    /** The value at quantile p of an ascending list (0 when empty). */
    static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
