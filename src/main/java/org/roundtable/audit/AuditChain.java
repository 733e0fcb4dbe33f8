package org.roundtable.audit;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.cluster.ClusterLock;

/**
 * Tamper evidence for the audit log (docs/audit.md). After rows commit, the sealer takes them in id order and stores
 * each one's SHA-256 over its content and the previous row's hash in {@code audit_seal}; writers never wait for it.
 * The check recomputes the chain and names the first row that does not match. Each day the last hash is written to
 * the log (the anchor), so that a copy kept outside the database proves the past.
 */
@ApplicationScoped
public class AuditChain {

    /** The jobs' names for {@link ClusterLock}: one replica at a time seals, and one a day checks and anchors. */
    static final String SEAL_JOB = "audit-sealer";
    static final String CHECK_JOB = "audit-chain-check";
    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 2_000;
    /** At most this many rows a run, so that a first run over a long log stays well inside the transaction timeout. */
    private static final int MAX_PER_RUN = 20_000;

    /** What a check found: intact, or the first row that does not match and why. */
    public record Check(boolean intact, long rowsChecked, Long lastSealedId, String lastHash, Long firstBadId, String problem,
            Instant checkedAt) {
    }

    @Inject
    EntityManager entityManager;

    /** How old a row must be before it is sealed: rows commit out of id order, see docs/audit.md. */
    @Inject
    ClusterLock cluster;

    @ConfigProperty(name = "roundtable.audit.seal.settle", defaultValue = "PT10S")
    java.time.Duration settle;

    @Scheduled(every = "${roundtable.audit.seal.every:30s}", identity = SEAL_JOB, delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSeal() {
        seal(Instant.now().minus(settle));
    }

    @Scheduled(cron = "${roundtable.audit.check.cron:0 15 2 * * ?}", identity = CHECK_JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheckAndAnchor() {
        Check check = checkOnce();
        if (check == null) {
            return;
        }
        if (check.intact()) {
            Log.infof("Audit chain anchor: %d rows intact; last sealed row %s has hash %s (%s)", check.rowsChecked(),
                    check.lastSealedId(), check.lastHash(), check.checkedAt());
        } else {
            Log.errorf("Audit chain broken at row %d: %s", check.firstBadId(), check.problem());
        }
    }

    /**
     * Seals the committed rows written before {@code settledBefore}, in id order, and stops at the first younger one.
     * Returns how many rows it sealed; 0 when another replica holds the lock.
     */
    @Transactional
    public int seal(Instant settledBefore) {
        if (!cluster.tryLock(SEAL_JOB)) {
            return 0;
        }
        // A transaction still open may hold a lower id than rows already committed: nothing it wrote is older than
        // its start, so sealing stops before the oldest open writing transaction began.
        Number oldestMicros = (Number) entityManager.createNativeQuery("""
                select cast(extract(epoch from min(xact_start)) * 1000000 as bigint) from pg_stat_activity
                where backend_xid is not null and pid <> pg_backend_pid()""").getSingleResult();
        Instant oldestOpenWriter = oldestMicros == null ? null : Instant.EPOCH.plus(oldestMicros.longValue(), ChronoUnit.MICROS);
        Instant before = oldestOpenWriter != null && oldestOpenWriter.minus(settle).isBefore(settledBefore)
                ? oldestOpenWriter.minus(settle) : settledBefore;
        Object[] last = lastSeal();
        long afterId = last == null ? 0 : ((Number) last[0]).longValue();
        String previous = last == null ? GENESIS : (String) last[1];
        int sealed = 0;
        while (true) {
            List<Row> rows = rows(afterId, Long.MAX_VALUE);
            for (Row row : rows) {
                if (!row.occurredAt().isBefore(before)) {
                    return sealed;
                }
                previous = hash(previous, row);
                entityManager.createNativeQuery("insert into audit_seal (event_id, hash) values (:id, :hash)")
                        .setParameter("id", row.id()).setParameter("hash", previous).executeUpdate();
                afterId = row.id();
                sealed++;
            }
            if (rows.size() < BATCH || sealed >= MAX_PER_RUN) {
                return sealed;
            }
        }
    }

    /** The auditor's button: checks the chain now, whoever else is checking. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public Check check() {
        Object[] last = lastSeal();
        if (last == null) {
            return new Check(true, 0, null, GENESIS, null, null, Instant.now());
        }
        long lastId = ((Number) last[0]).longValue();
        String previous = GENESIS;
        long checked = 0;
        long afterId = 0;
        while (afterId < lastId) {
            List<Row> rows = rows(afterId, lastId);
            long end = rows.isEmpty() ? lastId : rows.get(rows.size() - 1).id();
            Map<Long, String> seals = seals(afterId, end);
            Set<Long> present = rows.stream().map(Row::id).collect(Collectors.toSet());
            Long vanished = seals.keySet().stream().filter(id -> !present.contains(id)).findFirst().orElse(null);
            for (Row row : rows) {
                if (vanished != null && vanished < row.id()) {
                    break;
                }
                String stored = seals.get(row.id());
                if (stored == null) {
                    return broken(checked, lastId, row.id(), "row " + row.id() + " is older than the last sealed row but has no seal:"
                            + " it was added afterwards");
                }
                previous = hash(previous, row);
                if (!previous.equals(stored)) {
                    return broken(checked, lastId, row.id(), "row " + row.id() + " does not match its seal: it was changed after"
                            + " it was sealed");
                }
                checked++;
            }
            if (vanished != null) {
                return broken(checked, lastId, vanished, "row " + vanished + " was sealed but is no longer in the log");
            }
            afterId = end;
        }
        return new Check(true, checked, lastId, previous, null, null, Instant.now());
    }

    /** The scheduled check, once across replicas; null when another replica is doing it. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    Check checkOnce() {
        return cluster.tryLock(CHECK_JOB) ? check() : null;
    }

    private static Check broken(long checked, long lastId, Long badId, String problem) {
        return new Check(false, checked, lastId, null, badId, problem, Instant.now());
    }

    private Object[] lastSeal() {
        @SuppressWarnings("unchecked")
        List<Object[]> last = entityManager.createNativeQuery("select event_id, hash from audit_seal order by event_id desc limit 1")
                .getResultList();
        return last.isEmpty() ? null : last.get(0);
    }

    private Map<Long, String> seals(long afterId, long toId) {
        Map<Long, String> seals = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select event_id, hash from audit_seal where event_id > :after and event_id <= :to")
                .setParameter("after", afterId).setParameter("to", toId).getResultList();
        rows.forEach(r -> seals.put(((Number) r[0]).longValue(), (String) r[1]));
        return seals;
    }

    /** One audit row as the hash sees it. */
    record Row(long id, Instant occurredAt, List<String> fields) {
    }

    private List<Row> rows(long afterId, long toId) {
        @SuppressWarnings("unchecked")
        List<Object[]> events = entityManager.createNativeQuery("""
                select id, cast(extract(epoch from occurred_at) * 1000000 as bigint), actor_subject, actor_name, actor_agency, action, entity_type, entity_id, reason, detail
                from audit_event where id > :after and id <= :to order by id limit :batch""")
                .setParameter("after", afterId).setParameter("to", toId).setParameter("batch", BATCH).getResultList();
        if (events.isEmpty()) {
            return List.of();
        }
        long first = ((Number) events.get(0)[0]).longValue();
        long lastId = ((Number) events.get(events.size() - 1)[0]).longValue();
        Map<Long, List<String>> subjects = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> subjectRows = entityManager.createNativeQuery("""
                select event_id, record_type, record_id from audit_event_subject where event_id between :first and :last
                order by event_id, record_type, record_id""").setParameter("first", first).setParameter("last", lastId).getResultList();
        subjectRows.forEach(s -> subjects.computeIfAbsent(((Number) s[0]).longValue(), k -> new ArrayList<>()).add(s[1] + ":" + s[2]));
        List<Row> rows = new ArrayList<>(events.size());
        for (Object[] e : events) {
            long id = ((Number) e[0]).longValue();
            long micros = ((Number) e[1]).longValue();
            Instant at = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
            List<String> fields = new ArrayList<>();
            fields.add(String.valueOf(id));
            fields.add(String.valueOf(micros));
            for (int i = 2; i < e.length; i++) {
                fields.add((String) e[i]);
            }
            fields.addAll(subjects.getOrDefault(id, List.of()));
            rows.add(new Row(id, at, fields));
        }
        return rows;
    }

    /** SHA-256, hex, over the previous hash and the row's fields, each field length-prefixed (null as -1). */
    static String hash(String previous, Row row) {
        StringBuilder content = new StringBuilder(previous);
        for (String field : row.fields()) {
            content.append('|').append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
