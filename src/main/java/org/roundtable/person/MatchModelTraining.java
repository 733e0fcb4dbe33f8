package org.roundtable.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Estimates a new matching model from the people in the database (issue 14): u from every pair among
 * {@link #RANDOM_IDENTITIES} identities picked at random (pairs of one person left out), m by EM over what the
 * blocking step lets through for {@link #BLOCKED_IDENTITIES} identities picked at random, each looked up as if entered
 * again (itself left out). The estimate is stored as a new version ({@link MatchingModels#store}). Each database read
 * is its own short transaction, so an estimate over a large database holds no transaction open for minutes.
 */
@ApplicationScoped
class MatchModelTraining {

    static final int RANDOM_IDENTITIES = 2_000;
    static final int BLOCKED_IDENTITIES = 1_000;
    /** Below this many identities an estimate says nothing about the data: it is refused. */
    static final int MINIMUM_IDENTITIES = 20;
    /** Name frequencies do not decide a level, only which order of the names weighs more: defaults serve. */
    private static final NameFrequencies NO_FREQUENCIES = new NameFrequencies(0, 0, 0, 0, 0, 0, 0, 0, 0);

    @Inject
    PersonIdentities identities;

    @Inject
    MatchingModels models;

    /** The estimate and what it was made from. */
    record Trained(MatchModelEstimator.Estimate estimate, MatchingModels.Source source) {
    }

    /** Estimates from the database; progress is told the share done (0 to 1). Throws IllegalStateException with too few people. */
    Trained estimate(DoubleConsumer progress) {
        MatchingModels.Source source = QuarkusTransaction.requiringNew().call(
                () -> new MatchingModels.Source(identities.people(), identities.identities()));
        if (source.identities() < MINIMUM_IDENTITIES) {
            throw new IllegalStateException("Too few people to estimate from: " + source.identities() + " identities recorded, "
                    + MINIMUM_IDENTITIES + " needed");
        }
        MatchModel start = QuarkusTransaction.requiringNew().call(models::current);
        MatchModelEstimator.RandomPairs random = new MatchModelEstimator.RandomPairs();
        List<IdentityRow> picked = QuarkusTransaction.requiringNew().call(() -> identities.sample(RANDOM_IDENTITIES));
        for (int i = 0; i < picked.size(); i++) {
            MatchScorer.Entry entry = MatchScorer.Entry.of(picked.get(i));
            for (int j = i + 1; j < picked.size(); j++) {
                if (!picked.get(i).personId().equals(picked.get(j).personId())) {
                    random.add(levels(entry, picked.get(j), start));
                }
            }
        }
        progress.accept(0.1);
        List<List<String>> blocked = new ArrayList<>();
        List<IdentityRow> looked = QuarkusTransaction.requiringNew().call(() -> identities.sample(BLOCKED_IDENTITIES));
        for (int i = 0; i < looked.size(); i++) {
            IdentityRow self = looked.get(i);
            MatchQuery query = new MatchQuery(self.firstName(), self.lastName(), self.dateOfBirth(), self.email(), self.phone(),
                    self.postcode(), self.townNorm());
            if (LookupRule.allows(query)) {
                MatchScorer.Entry entry = MatchScorer.Entry.of(query);
                boolean selfLeftOut = false;
                for (IdentityRow row : QuarkusTransaction.requiringNew().call(() -> identities.block(query))) {
                    if (!selfLeftOut && row.equals(self)) {
                        selfLeftOut = true;
                    } else {
                        blocked.add(levels(entry, row, start));
                    }
                }
            }
            if (i % 50 == 49) {
                progress.accept(0.1 + 0.7 * (i + 1) / looked.size());
            }
        }
        MatchModelEstimator.Estimate estimate = MatchModelEstimator.estimate(blocked, random, start, done -> progress.accept(0.8 + 0.2 * done));
        return new Trained(estimate, source);
    }

    private static List<String> levels(MatchScorer.Entry entry, IdentityRow row, MatchModel model) {
        return MatchScorer.compare(entry, row, NO_FREQUENCIES, model).levels().stream().map(MatchScorer.Compared::level).toList();
    }
}
