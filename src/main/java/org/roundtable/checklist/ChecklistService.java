package org.roundtable.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.audit.AuditService;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/** Checklist versions, publishing new ones, and scoring answers on the server. */
@ApplicationScoped
public class ChecklistService {

    static final String ENTITY = "checklist";

    @Inject
    ChecklistRepository versions;

    @Inject
    AssessmentRepository assessments;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public List<ChecklistView> currentVersions() {
        return versions.codes().stream().map(code -> ChecklistView.of(versions.current(code).orElseThrow())).toList();
    }

    @Transactional
    public ChecklistView current(String code) {
        return ChecklistView.of(loadCurrent(code));
    }

    /** The checklist a conference kind scores its referrals on. */
    @Transactional
    public ChecklistView currentFor(org.roundtable.agency.ConferenceKind kind) {
        return currentFor(kind, ChecklistPurpose.REFERRAL);
    }

    /**
     * The current checklist of a conference kind for one purpose, such as its police call-handling triage. Which
     * version is current is asked of the database on every call (replicas must agree at once after a publish); the
     * version itself comes from {@link #published}.
     */
    @Transactional
    public ChecklistView currentFor(org.roundtable.agency.ConferenceKind kind, ChecklistPurpose purpose) {
        return published(versions.currentIdFor(kind, purpose)
                .orElseThrow(() -> new NotFoundProblem("No " + purpose.name().toLowerCase() + " checklist for " + kind)));
    }

    @Transactional
    public ChecklistView version(String code, int version) {
        return published(versions.versionId(code, version)
                .orElseThrow(() -> new NotFoundProblem("No version " + version + " of checklist " + code)));
    }

    /**
     * Published versions by id, each read and parsed once per instance: a published version never changes (a change
     * is a new version), so there is nothing to invalidate. A submit used to read and parse every checklist's
     * definition from JSON (issue 18).
     */
    private final Map<UUID, ChecklistView> publishedById = new java.util.concurrent.ConcurrentHashMap<>();

    private ChecklistView published(UUID id) {
        ChecklistView known = publishedById.get(id);
        if (known != null) {
            return known;
        }
        ChecklistView read = ChecklistView.of(versions.findById(id));
        publishedById.putIfAbsent(id, read);
        return read;
    }

    @Transactional
    public List<ChecklistView> history(String code) {
        loadCurrent(code);
        return versions.history(code).stream().map(ChecklistView::of).toList();
    }

    /** Publishes the next version. Fails with 409 when someone published another version since this edit began. */
    @Transactional
    public ChecklistView publish(String code, PublishRequest request) {
        ChecklistVersion current = loadCurrent(code);
        List<FieldError> errors = new ArrayList<>();
        if (request.changeNote() == null || request.changeNote().isBlank()) {
            errors.add(new FieldError("changeNote", "Say what changed in this version"));
        }
        if (request.basedOnVersion() == null) {
            errors.add(new FieldError("basedOnVersion", "Say which version you edited"));
        }
        errors.addAll(DefinitionValidator.errors(request.definition()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (request.basedOnVersion() != current.version) {
            throw new StaleEditException("Version " + current.version + " was published while you were editing version "
                    + request.basedOnVersion() + ".", ChecklistView.of(current));
        }
        ChecklistVersion next = new ChecklistVersion();
        next.id = UUID.randomUUID();
        next.checklistCode = current.checklistCode;
        next.conferenceKind = current.conferenceKind;
        next.purpose = current.purpose;
        next.name = current.name;
        next.version = current.version + 1;
        next.definition = request.definition();
        next.publishedAt = Instant.now();
        next.publishedBy = currentUser.displayName();
        next.changeNote = request.changeNote().trim();
        versions.persist(next);
        versions.flush();
        audit.record("checklist.publish", ENTITY, code + " v" + next.version, next.changeNote);
        return ChecklistView.of(next);
    }

    /** Scores answers on the current version without saving them (for a form's running total). */
    @Transactional
    public Score preview(String code, Map<String, String> answers) {
        ChecklistVersion current = loadCurrent(code);
        validateAnswers(current.definition, answers);
        return ChecklistScorer.score(current.definition, answers);
    }

    /** Scores and saves answers on the current version. Later features attach the assessment to a referral. */
    @Transactional
    public AssessmentView assess(String code, Map<String, String> answers) {
        ChecklistVersion current = loadCurrent(code);
        validateAnswers(current.definition, answers);
        Score score = ChecklistScorer.score(current.definition, answers);
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.checklistVersion = current;
        assessment.answers = Map.copyOf(answers);
        assessment.total = score.total();
        assessment.band = score.band();
        assessment.eligible = score.eligible();
        assessment.scoredAt = Instant.now();
        assessments.persist(assessment);
        return view(assessment);
    }

    /** An assessment explained by the version it was scored with, whatever has been published since. */
    @Transactional
    public AssessmentView assessment(UUID id) {
        Assessment assessment = assessments.findById(id);
        if (assessment == null) {
            throw new NotFoundProblem("No assessment " + id);
        }
        return view(assessment);
    }

    private static AssessmentView view(Assessment a) {
        Score score = ChecklistScorer.score(a.checklistVersion.definition, a.answers);
        return new AssessmentView(a.id, a.checklistVersion.checklistCode, a.checklistVersion.version, a.answers, score, a.scoredAt);
    }

    private static void validateAnswers(ChecklistDefinition definition, Map<String, String> answers) {
        if (answers == null) {
            throw new InvalidInputException("answers", "Send the answers");
        }
        List<FieldError> errors = new ArrayList<>();
        answers.forEach((id, value) -> definition.answerError(id, value).ifPresent(message -> errors.add(new FieldError("answers." + id, message))));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A published version by its id, as an assessment or a triage call refers to it. */
    @Transactional
    public ChecklistView version(UUID id) {
        ChecklistVersion version = versions.findById(id);
        if (version == null) {
            throw new NotFoundProblem("No checklist version " + id);
        }
        return ChecklistView.of(version);
    }

    private ChecklistVersion loadCurrent(String code) {
        return versions.current(code).orElseThrow(() -> new NotFoundProblem("No checklist " + code));
    }
}
