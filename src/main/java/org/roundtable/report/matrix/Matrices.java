package org.roundtable.report.matrix;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.roundtable.audit.Actor;
import org.roundtable.audit.AuditService;
import org.roundtable.report.ReportAccess;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.Checks;
import org.roundtable.web.Csv;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Limits;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/**
 * The partnership's strategic risk matrices: scoring issues by form, API or CSV import (one set of rules for all
 * three), and the ranking, which SQL computes (the view risk_matrix_ranking). Every change is audited in its
 * transaction; every read and download goes through {@link ReportAccess}'s audit.
 */
@ApplicationScoped
public class Matrices {

    static final String REPORT = "strategic-risk-matrix";
    static final String ENTITY = "risk-matrix";

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    ReportAccess reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Checks checks;

    @Inject
    Clock clock;

    @Transactional
    public List<MatrixViews.Summary> list() {
        List<Object[]> rows = entityManager.createQuery("select m.id, m.title, (select count(i) from MatrixIssue i where i.matrixId = m.id) "
                + "from RiskMatrix m order by lower(m.title) desc", Object[].class).getResultList();
        return rows.stream().map(r -> new MatrixViews.Summary((UUID) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    @Transactional
    public Optional<MatrixViews.Summary> findByTitle(String title) {
        return list().stream().filter(m -> m.title().equalsIgnoreCase(title.trim())).findFirst();
    }

    @Transactional
    public MatrixViews.Summary create(String title) {
        return createAs(currentUser.actor(), title);
    }

    @Transactional
    public MatrixViews.Summary createAs(Actor actor, String title) {
        String trimmed = title == null ? "" : title.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("title", "Enter the matrix's title, such as the year it scores: 2026-27");
        }
        if (trimmed.length() > Limits.NAME) {
            throw new InvalidInputException("title", "Title must be " + Limits.NAME + " characters or fewer");
        }
        if (findByTitle(trimmed).isPresent()) {
            throw new InvalidInputException("title", "There is a matrix called " + trimmed + " already");
        }
        RiskMatrix matrix = new RiskMatrix();
        matrix.id = UUID.randomUUID();
        matrix.title = trimmed;
        matrix.createdBy = actor.name();
        matrix.createdAt = clock.instant();
        entityManager.persist(matrix);
        audit.recordFor(actor, "risk-matrix.create", ENTITY, matrix.id.toString(), null, "title=" + trimmed);
        return new MatrixViews.Summary(matrix.id, matrix.title, 0);
    }

    /** The matrix ranked, as the page and the API show it; the look is audited. */
    @Transactional
    public MatrixViews.Ranked view(UUID matrixId) {
        MatrixViews.Ranked ranked = ranked(matrixId);
        reports.viewed(REPORT, parameters(ranked));
        return ranked;
    }

    MatrixViews.Ranked ranked(UUID matrixId) {
        RiskMatrix matrix = load(matrixId);
        String columns = String.join(", ", Arrays.stream(Criterion.values()).map(Criterion::column).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, name, " + columns + ", total, rank, version "
                + "from risk_matrix_ranking where matrix_id = :matrix order by rank, lower(name)")
                .setParameter("matrix", matrixId).getResultList();
        List<MatrixViews.Issue> issues = rows.stream().map(r -> new MatrixViews.Issue((UUID) r[0], (String) r[1], number(r[2]), number(r[3]),
                number(r[4]), number(r[5]), number(r[6]), number(r[7]), number(r[8]), number(r[9]), number(r[10]), number(r[11]),
                ((Number) r[12]).longValue(), ((Number) r[13]).longValue())).toList();
        return new MatrixViews.Ranked(matrix.id, matrix.title, issues);
    }

    /** The matrix as CSV: name, the nine scores, total and rank; the download is audited. */
    @Transactional
    public String export(UUID matrixId) {
        MatrixViews.Ranked ranked = ranked(matrixId);
        List<String> header = new ArrayList<>(List.of(MatrixImport.NAME));
        Arrays.stream(Criterion.values()).map(Criterion::column).forEach(header::add);
        header.addAll(List.of("total", "rank"));
        StringBuilder csv = new StringBuilder(Csv.row(header));
        for (MatrixViews.Issue issue : ranked.issues()) {
            List<String> fields = new ArrayList<>(List.of(issue.name()));
            issue.scores().forEach(score -> fields.add(String.valueOf(score)));
            fields.addAll(List.of(String.valueOf(issue.total()), String.valueOf(issue.rank())));
            csv.append(Csv.row(fields));
        }
        reports.downloaded(REPORT, "csv", parameters(ranked));
        return csv.toString();
    }

    @Transactional
    public MatrixViews.Issue add(UUID matrixId, IssueScores scores) {
        load(matrixId);
        IssueScores checked = checked(scores);
        requireNameFree(matrixId, checked.name(), null);
        MatrixIssue issue = newIssue(matrixId);
        issue.take(checked, clock.instant());
        entityManager.persist(issue);
        entityManager.flush();
        audit.record("risk-matrix.issue.add", ENTITY, matrixId.toString(), checked.describe());
        return issue(matrixId, issue.id);
    }

    @Transactional
    public MatrixViews.Issue update(UUID matrixId, UUID issueId, IssueScores scores, long expectedVersion) {
        MatrixIssue issue = loadIssue(matrixId, issueId);
        if (issue.version != expectedVersion) {
            throw new StaleEditException("Someone else changed the scores of " + issue.name + " while you were editing them.",
                    issue(matrixId, issueId));
        }
        IssueScores checked = checked(scores);
        requireNameFree(matrixId, checked.name(), issueId);
        String before = issue.scores().describe();
        if (issue.take(checked, clock.instant())) {
            entityManager.flush();
            audit.record("risk-matrix.issue.update", ENTITY, matrixId.toString(), "before: " + before + " | after: " + checked.describe());
        }
        return issue(matrixId, issueId);
    }

    @Transactional
    public MatrixViews.Issue issue(UUID matrixId, UUID issueId) {
        loadIssue(matrixId, issueId);
        return ranked(matrixId).issues().stream().filter(i -> i.id().equals(issueId)).findFirst().orElseThrow();
    }

    @Transactional
    public MatrixViews.Imported importCsv(UUID matrixId, String csv) {
        return importAs(currentUser.actor(), matrixId, csv);
    }

    /**
     * Each row sets the scores of the matrix's issue of that name (letter case aside), adding the issue if it is new;
     * issues not in the file stay as they are. A file with any problem imports nothing.
     */
    @Transactional
    public MatrixViews.Imported importAs(Actor actor, UUID matrixId, String csv) {
        load(matrixId);
        List<IssueScores> rows = MatrixImport.read(csv == null ? "" : csv, this::errors);
        Map<String, MatrixIssue> existing = new HashMap<>();
        entityManager.createQuery("from MatrixIssue where matrixId = :matrix", MatrixIssue.class).setParameter("matrix", matrixId)
                .getResultList().forEach(i -> existing.put(key(i.name), i));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (IssueScores row : rows) {
            MatrixIssue issue = existing.get(key(row.name()));
            if (issue == null) {
                issue = newIssue(matrixId);
                issue.take(row, clock.instant());
                entityManager.persist(issue);
                added.add(row.name());
            } else if (issue.take(row, clock.instant())) {
                changed.add(row.name());
            }
        }
        entityManager.flush();
        int unchanged = rows.size() - added.size() - changed.size();
        audit.recordFor(actor, "risk-matrix.import", ENTITY, matrixId.toString(), null,
                "rows=" + rows.size() + "; added=" + added + "; changed=" + changed + "; unchanged=" + unchanged);
        return new MatrixViews.Imported(added.size(), changed.size(), unchanged);
    }

    /** The rules every issue meets, from a form, the API or a CSV row: field errors by JSON field name. */
    List<FieldError> errors(IssueScores scores) {
        List<FieldError> errors = new ArrayList<>();
        if (scores.name() == null || scores.name().isBlank()) {
            errors.add(new FieldError("name", "Enter the issue's name"));
        } else if (scores.name().trim().matches("^[=+\\-@].*")) {
            errors.add(new FieldError("name", "Start the name with a letter or number: a spreadsheet runs a name starting with =, +, - or @"));
        }
        for (Criterion criterion : Criterion.values()) {
            if (scores.score(criterion) == null) {
                errors.add(new FieldError(criterion.field(), "Choose a score from 0 to 5 for " + criterion.label().toLowerCase(Locale.UK)));
            }
        }
        errors.addAll(checks.errors(scores));
        return errors;
    }

    private IssueScores checked(IssueScores scores) {
        if (scores == null) {
            throw new InvalidInputException("body", "Send the issue's name and its nine scores");
        }
        List<FieldError> errors = errors(scores);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return IssueScores.of(scores.name().trim(), Arrays.stream(Criterion.values()).map(scores::score).toList());
    }

    private void requireNameFree(UUID matrixId, String name, UUID editedId) {
        boolean taken = entityManager.createQuery("from MatrixIssue where matrixId = :matrix and lower(name) = :name", MatrixIssue.class)
                .setParameter("matrix", matrixId).setParameter("name", key(name)).getResultStream()
                .anyMatch(other -> !other.id.equals(editedId));
        if (taken) {
            throw new InvalidInputException("name", name + " is in this matrix already: change its scores there");
        }
    }

    private MatrixIssue newIssue(UUID matrixId) {
        MatrixIssue issue = new MatrixIssue();
        issue.id = UUID.randomUUID();
        issue.matrixId = matrixId;
        return issue;
    }

    private RiskMatrix load(UUID matrixId) {
        RiskMatrix matrix = matrixId == null ? null : entityManager.find(RiskMatrix.class, matrixId);
        if (matrix == null) {
            throw new NotFoundProblem("No risk matrix with id " + matrixId);
        }
        return matrix;
    }

    private MatrixIssue loadIssue(UUID matrixId, UUID issueId) {
        MatrixIssue issue = issueId == null ? null : entityManager.find(MatrixIssue.class, issueId);
        if (issue == null || !issue.matrixId.equals(matrixId)) {
            throw new NotFoundProblem("No issue " + issueId + " in risk matrix " + matrixId);
        }
        return issue;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static String parameters(MatrixViews.Ranked ranked) {
        return "matrix=" + ranked.id() + "; title=" + ranked.title();
    }
}
