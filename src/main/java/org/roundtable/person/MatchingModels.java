package org.roundtable.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roundtable.audit.Actor;
import org.roundtable.audit.AuditService;

/**
 * The stored versions of the matching model (V38). Each estimate is a new version and the old ones are kept; lookups
 * use the newest. Every lookup reads the newest version's id (one descent of the primary key), and the m and u values
 * are cached by that id: a version stored on one replica is used by every replica from its next lookup.
 */
@ApplicationScoped
public class MatchingModels {

    /** A stored version, with what it was estimated from. */
    public record Version(long id, OffsetDateTime createdAt, String createdBy, String method, String description, long people,
            long identities, long blockedPairs, long randomPairs, int rounds, Double matchShare) {
    }

    private record Loaded(long id, MatchModel model) {
    }

    private volatile Loaded loaded;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    /** The model lookups use now: the newest version. */
    @Transactional
    MatchModel current() {
        long newest = ((Number) entityManager.createNativeQuery("select max(id) from matching_model").getSingleResult()).longValue();
        Loaded cached = loaded;
        if (cached == null || cached.id() != newest) {
            cached = new Loaded(newest, load(newest));
            loaded = cached;
        }
        return cached.model();
    }

    @SuppressWarnings("unchecked")
    MatchModel load(long id) {
        List<Object[]> rows = entityManager.createNativeQuery("select level, m, u from matching_model_level where model_id = :id")
                .setParameter("id", id).getResultList();
        Map<String, MatchModel.Level> levels = new LinkedHashMap<>();
        rows.forEach(r -> levels.put((String) r[0], new MatchModel.Level(((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue())));
        return new MatchModel(levels);
    }

    /** The m and u values of one version. */
    @Transactional
    MatchModel levelsOf(long id) {
        return load(id);
    }

    @Transactional
    public Version newest() {
        return versions(1).get(0);
    }

    /** The newest versions first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Version> versions(int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, created_at, created_by, method, description, people, identities, blocked_pairs, random_pairs, rounds, match_share
                from matching_model order by id desc limit :limit""").setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Version(((Number) r[0]).longValue(), toOffsetDateTime(r[1]), (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(),
                ((Number) r[8]).longValue(), ((Number) r[9]).intValue(), r[10] == null ? null : ((Number) r[10]).doubleValue())).toList();
    }

    static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    /** What an estimate was made from. */
    record Source(long people, long identities) {
    }

    /** Stores an estimate as the newest version (lookups use it from their next query); audited. */
    @Transactional
    long store(Actor actor, MatchModelEstimator.Estimate estimate, Source source) {
        String description = String.format(Locale.ROOT, "Estimated by EM from %d people (%d identities): %d blocked pairs, %d random pairs",
                source.people(), source.identities(), estimate.blockedPairs(), estimate.randomPairs());
        long id = insert(actor, "estimated", description, estimate.model(), source, estimate.blockedPairs(), estimate.randomPairs(),
                estimate.rounds(), estimate.matchShare());
        audit.recordFor(actor, "matching.model.estimated", "matching-model", Long.toString(id), null, description
                + String.format(Locale.ROOT, "; %d rounds; match share %.4f", estimate.rounds(), estimate.matchShare()));
        return id;
    }

    /** Stores an older version's values again as the newest version (to go back to it); audited. */
    @Transactional
    long restore(Actor actor, long oldId) {
        Version old = versions(Integer.MAX_VALUE).stream().filter(v -> v.id() == oldId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No matching model version " + oldId));
        long id = insert(actor, "restored", "Version " + oldId + " used again: " + old.description(), load(oldId),
                new Source(old.people(), old.identities()), old.blockedPairs(), old.randomPairs(), old.rounds(), old.matchShare());
        audit.recordFor(actor, "matching.model.restored", "matching-model", Long.toString(id), null, "values of version " + oldId);
        return id;
    }

    /** Stores values read from a file (bench/match-eval MODEL.csv) as the newest version; audited. */
    @Transactional
    long storeLoaded(Actor actor, MatchModel model, String description) {
        long id = insert(actor, "loaded", description, model, new Source(0, 0), 0, 0, 0, null);
        audit.recordFor(actor, "matching.model.loaded", "matching-model", Long.toString(id), null, description);
        return id;
    }

    /** A model as CSV lines "level,m,u" (what {@link #parse} reads). */
    static String csv(MatchModel model) {
        StringBuilder text = new StringBuilder("level,m,u");
        model.levels().forEach((level, value) -> text.append(String.format(Locale.ROOT, "%n%s,%.6g,%.6g", level, value.m(), value.u())));
        return text.toString();
    }

    static MatchModel parse(List<String> lines) {
        Map<String, MatchModel.Level> levels = new LinkedHashMap<>();
        lines.stream().filter(line -> line.matches("[a-z]+\\.[a-z]+,.*")).map(line -> line.split(","))
                .forEach(cells -> levels.put(cells[0], new MatchModel.Level(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]))));
        return new MatchModel(levels);
    }

    private long insert(Actor actor, String method, String description, MatchModel model, Source source, long blockedPairs,
            long randomPairs, int rounds, Double matchShare) {
        long id = ((Number) entityManager.createNativeQuery("""
                insert into matching_model (created_by, method, description, people, identities, blocked_pairs, random_pairs, rounds, match_share)
                values (:by, :method, :description, :people, :identities, :blocked, :random, :rounds, cast(:share as double precision))
                returning id""")
                .setParameter("by", actor.name()).setParameter("method", method).setParameter("description", description)
                .setParameter("people", source.people()).setParameter("identities", source.identities())
                .setParameter("blocked", blockedPairs).setParameter("random", randomPairs).setParameter("rounds", rounds)
                .setParameter("share", matchShare).getSingleResult()).longValue();
        model.levels().forEach((level, value) -> entityManager.createNativeQuery(
                "insert into matching_model_level (model_id, level, m, u) values (:id, :level, :m, :u)")
                .setParameter("id", id).setParameter("level", level).setParameter("m", value.m()).setParameter("u", value.u())
                .executeUpdate());
        return id;
    }
}
