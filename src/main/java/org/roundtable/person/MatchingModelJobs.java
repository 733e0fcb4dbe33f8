package org.roundtable.person;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.roundtable.audit.Actor;
import org.roundtable.cluster.ClusterLock;
import org.roundtable.web.IllegalStateChangeException;

/**
 * Runs an estimate of the matching model as a job whose progress every replica can read (matching_model_job): from the
 * administrator's page in the background, or from the command line (match-train) in the caller's thread. The estimate
 * holds the cluster lock "matching-model-estimate" for its whole run, so it runs once across replicas: a second start
 * while one runs is refused, and one that loses the race for the lock fails with that reason.
 */
@ApplicationScoped
public class MatchingModelJobs {

    static final String LOCK = "matching-model-estimate";
    /** An estimate over 4 million people takes minutes; a RUNNING row older than this was left by a replica that died. */
    private static final int STALE_AFTER_MINUTES = 60;
    private static final Logger LOG = Logger.getLogger(MatchingModelJobs.class);

    /** Who runs an estimate from the command line, as the model version and the audit log name them. */
    public static final Actor COMMAND_LINE = new Actor("system", "Roundtable match-train (command line)", null);

    /** One estimate's progress, as the page shows it. */
    public record Job(long id, String state, OffsetDateTime startedAt, String startedBy, OffsetDateTime finishedAt, int percentDone,
            Long modelId, String error) {
        public boolean running() {
            return state.equals("RUNNING");
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    MatchModelTraining training;

    @Inject
    MatchingModels models;

    @Inject
    ClusterLock lock;

    @Inject
    org.roundtable.audit.AuditService audit;

    @Inject
    ManagedExecutor executor;

    /** Starts an estimate in the background; refused (409) while one is running. */
    public Job start(Actor actor) {
        long id = QuarkusTransaction.requiringNew().call(() -> open(actor));
        executor.runAsync(() -> run(id, actor));
        return job(id).orElseThrow();
    }

    /** Runs an estimate in this thread (the command line); the finished job. */
    public Job runHere(Actor actor) {
        long id = QuarkusTransaction.requiringNew().call(() -> open(actor));
        run(id, actor);
        return job(id).orElseThrow();
    }

    private long open(Actor actor) {
        Optional<Job> latest = latest();
        if (latest.isPresent() && latest.get().running() && latest.get().startedAt().isAfter(OffsetDateTime.now().minusMinutes(STALE_AFTER_MINUTES))) {
            throw new IllegalStateChangeException("An estimate of the matching model is already running (started by "
                    + latest.get().startedBy() + ").");
        }
        long id = ((Number) entityManager.createNativeQuery(
                "insert into matching_model_job (state, started_by) values ('RUNNING', :by) returning id")
                .setParameter("by", actor.name()).getSingleResult()).longValue();
        audit.recordFor(actor, "matching.model.estimate-started", "matching-model-job", Long.toString(id), null, null);
        return id;
    }

    /** Holds the lock in a transaction of its own, which does nothing else; each step of the estimate commits on its own. */
    private void run(long id, Actor actor) {
        try {
            Long modelId = QuarkusTransaction.requiringNew().timeout(4 * 3600).call(() -> {
                if (!lock.tryLock(LOCK)) {
                    return null;
                }
                MatchModelTraining.Trained trained = training.estimate(done -> progress(id, done));
                return QuarkusTransaction.requiringNew().call(() -> models.store(actor, trained.estimate(), trained.source()));
            });
            finish(id, modelId == null ? "FAILED" : "DONE", modelId, modelId == null ? "Another estimate was running on another replica." : null);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Estimating the matching model failed (job %d)", id);
            finish(id, "FAILED", null, e instanceof IllegalStateException ? e.getMessage() : "The estimate failed: see the server log.");
        }
    }

    private void progress(long id, double done) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update matching_model_job set percent_done = :p where id = :id and state = 'RUNNING'")
                .setParameter("p", (int) Math.min(99, Math.round(done * 100))).setParameter("id", id).executeUpdate());
    }

    private void finish(long id, String state, Long modelId, String error) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update matching_model_job set state = :state, finished_at = now(), model_id = cast(:model as bigint),
                       percent_done = case when :state = 'DONE' then 100 else percent_done end, error = cast(:error as varchar)
                where id = :id""")
                .setParameter("state", state).setParameter("model", modelId).setParameter("error", error).setParameter("id", id)
                .executeUpdate());
    }

    /** A finished job and the model it stored, as the command line prints them. */
    public String describe(Job job) {
        if (job.modelId() == null) {
            return "match-train " + job.state() + ": " + job.error();
        }
        MatchingModels.Version version = QuarkusTransaction.requiringNew().call(
                () -> models.versions(Integer.MAX_VALUE).stream().filter(v -> v.id() == job.modelId()).findFirst().orElseThrow());
        MatchModel model = QuarkusTransaction.requiringNew().call(() -> models.load(job.modelId()));
        return "match-train DONE: model version " + version.id() + " (" + version.description() + "; " + version.rounds()
                + " rounds; match share among blocked pairs " + String.format(java.util.Locale.ROOT, "%.4f", version.matchShare()) + ")\n"
                + MatchingModels.csv(model);
    }

    /** Stores a model read from a CSV file ("level,m,u" lines) as the newest version: for measuring a model on a fresh database. */
    public void load(java.nio.file.Path csv) {
        try {
            MatchModel model = MatchingModels.parse(java.nio.file.Files.readAllLines(csv));
            QuarkusTransaction.requiringNew().run(() -> models.storeLoaded(COMMAND_LINE, model, "Loaded from " + csv.getFileName()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Transactional
    public Optional<Job> latest() {
        return jobs("order by id desc limit 1", null);
    }

    @Transactional
    public Optional<Job> job(long id) {
        return jobs("where id = :id", id);
    }

    @SuppressWarnings("unchecked")
    private Optional<Job> jobs(String condition, Long id) {
        var query = entityManager.createNativeQuery("""
                select id, state, started_at, started_by, finished_at, percent_done, model_id, error from matching_model_job\s""" + condition);
        if (id != null) {
            query.setParameter("id", id);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(r -> new Job(((Number) r[0]).longValue(), (String) r[1], MatchingModels.toOffsetDateTime(r[2]),
                (String) r[3], r[4] == null ? null : MatchingModels.toOffsetDateTime(r[4]), ((Number) r[5]).intValue(),
                r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7]));
    }
}
