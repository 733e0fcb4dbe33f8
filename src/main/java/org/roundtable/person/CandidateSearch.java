package org.roundtable.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Proposes earlier people who may be the one being entered: the database blocks, {@link MatchScorer} weighs each
 * identity with the newest stored model ({@link MatchingModels}), a person counts with their best identity, and only those whose match probability reaches the
 * administrator's threshold are shown, at most five, best first. The probability puts the match weight against a
 * prior of one true person among all recorded people, so the same evidence counts for less in a larger database
 * (where more strangers share a name and a date of birth). It never links or merges: a person decides.
 */
@ApplicationScoped
public class CandidateSearch {

    public static final int MAX_SHOWN = 5;

    @Inject
    org.roundtable.metrics.Metrics metrics;

    @Inject
    PersonIdentities identities;

    @Inject
    MatchingSettings settings;

    @Inject
    MatchingModels models;

    @Transactional
    public List<Candidate> candidates(MatchQuery query) {
        return candidates(query, minimumProbability());
    }

    @Transactional
    public List<Candidate> candidates(MatchQuery query, double minimumProbability) {
        return lookup(query, minimumProbability).candidates();
    }

    /** The candidates shown, and every person the blocking step let through (to measure what blocking loses). */
    record Lookup(List<Candidate> candidates, java.util.Set<UUID> blocked) {
    }

    @Transactional
    Lookup lookup(MatchQuery query, double minimumProbability) {
        if (!LookupRule.allows(query)) {
            return new Lookup(List.of(), java.util.Set.of());
        }
        List<IdentityRow> block = identities.block(query);
        java.util.Set<UUID> blocked = block.stream().map(IdentityRow::personId).collect(java.util.stream.Collectors.toSet());
        if (block.isEmpty()) {
            return new Lookup(List.of(), blocked);
        }
        PersonIdentities.Population population = identities.population(query);
        NameFrequencies frequencies = population.names();
        double priorWeight = -Math.log(Math.max(2, population.people())) / Math.log(2);
        MatchScorer.Entry entry = MatchScorer.Entry.of(query);
        MatchModel model = models.current();
        Map<UUID, Candidate> best = new HashMap<>();
        for (IdentityRow row : block) {
            MatchScore score = MatchScorer.score(entry, row, frequencies, model);
            double probability = 1 / (1 + Math.pow(2, -(score.weight() + priorWeight)));
            if (probability < minimumProbability) {
                continue;
            }
            Candidate candidate = new Candidate(row.personId(), (nullToEmpty(row.firstName()) + " " + nullToEmpty(row.lastName())).trim(),
                    row.dateOfBirth(), Math.round(score.weight() * 10) / 10.0, Math.floor(probability * 1000) / 1000, score.reasons());
            best.merge(row.personId(), candidate, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        List<Candidate> shown = best.values().stream().sorted(Comparator.comparingDouble(Candidate::weight).reversed())
                .limit(MAX_SHOWN).toList();
        metrics.candidatesProposed(shown.size());
        return new Lookup(shown, blocked);
    }

    public double minimumProbability() {
        return settings.get().candidateMinProbability();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
