package org.roundtable.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job on one replica at a time. Every {@code @Scheduled} method calls {@link #runOnce} with its
 * job's name: the run opens a transaction, takes PostgreSQL's transaction-level advisory lock named after the job
 * ({@code pg_try_advisory_xact_lock}) and does the work inside it; a replica that finds the lock taken skips this run
 * (the next tick tries again). The lock ends with the transaction, so a replica that dies mid-run releases it.
 * {@code ScheduledJobsTest} fails on a {@code @Scheduled} method whose class does not use this.
 */
@ApplicationScoped
public class ClusterLock {

    private static final Logger LOG = Logger.getLogger(ClusterLock.class);

    @Inject
    EntityManager entityManager;

    /**
     * Runs {@code work} in a new transaction holding the job's lock, or returns empty (without running it) when
     * another replica (or thread) holds it. The work's own {@code @Transactional} methods join that transaction.
     */
    public <T> Optional<T> runOnce(String job, Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> tryLock(job) ? Optional.of(work.get()) : Optional.<T>empty());
    }

    /**
     * For a job that opens its own transaction: takes the job's lock in that transaction until it ends, or answers
     * false when another replica (or thread) holds it, and the job should skip this run.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(String job) {
        Boolean won = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", key(job)).getSingleResult();
        if (!Boolean.TRUE.equals(won)) {
            LOG.debugf("Job %s is running on another replica: skipped here", job);
        }
        return Boolean.TRUE.equals(won);
    }

    /** The job's lock key: the first 8 bytes of SHA-256 of "roundtable.job." and its name, the same on every replica. */
    public static long key(String job) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("roundtable.job." + job).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                key = (key << 8) | (hash[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
