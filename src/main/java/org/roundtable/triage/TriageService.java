package org.roundtable.triage;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.checklist.ChecklistDefinition;
import org.roundtable.checklist.ChecklistPurpose;
import org.roundtable.checklist.ChecklistScorer;
import org.roundtable.checklist.ChecklistService;
import org.roundtable.checklist.ChecklistView;
import org.roundtable.checklist.Score;
import org.roundtable.person.MatchQuery;
import org.roundtable.person.Names;
import org.roundtable.referral.ReferralService;
import org.roundtable.referral.ReferralView;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.Checks;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;

/**
 * Police call-handling triage: one call, asked question by question, logged from first contact so that a repeat
 * caller is recognised on the first screen. A call belongs to the call handler's agency; nobody else sees it.
 */
@ApplicationScoped
public class TriageService {

    static final String ENTITY = "triage-call";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int RECENT_CALLS = 20;

    @Inject
    TriageCallRepository calls;

    @Inject
    Checks checks;

    @Inject
    ChecklistService checklists;

    @Inject
    ReferralService referrals;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public TriageView start() {
        String agency = currentUser.agencyCode()
                .orElseThrow(() -> new ForbiddenException("Only a call handler of an agency can take a call"));
        TriageCall call = new TriageCall();
        call.id = UUID.randomUUID();
        call.startedAt = Instant.now();
        call.reference = calls.nextReference(LocalDate.now(LONDON).getYear());
        call.agencyCode = agency;
        call.handlerSubject = currentUser.subject();
        call.handlerName = currentUser.displayName();
        call.outcome = TriageOutcome.IN_PROGRESS;
        calls.persist(call);
        audit.record("triage.start", ENTITY, call.id.toString(), call.reference);
        return view(call);
    }

    @Transactional
    public TriageView get(UUID id) {
        TriageCall call = load(id, false);
        audit.record("triage.view", ENTITY, id.toString(), null);
        return view(call);
    }

    /** The handler's latest calls, newest first. */
    @Transactional
    public List<TriageView> recent() {
        List<TriageView> recent = calls.recentBy(currentUser.subject(), RECENT_CALLS).stream().map(this::view).toList();
        audit.recordList("triage.list", ENTITY, recent.stream().map(TriageView::id).toList(), recent.size() + " calls");
        return recent;
    }

    /** Immediate danger stops the script: the call is escalated for an emergency response and no referral follows. */
    @Transactional
    public TriageView answerDanger(UUID id, Boolean immediateDanger) {
        if (immediateDanger == null) {
            throw new InvalidInputException("immediateDanger", "Say whether anyone is in immediate danger now");
        }
        TriageCall call = loadOpen(id);
        call.immediateDanger = immediateDanger;
        if (immediateDanger) {
            call.outcome = TriageOutcome.ESCALATED;
            call.endedAt = Instant.now();
            audit.record("triage.escalate", ENTITY, id.toString(), "Immediate danger: emergency response");
        } else {
            audit.record("triage.answer", ENTITY, id.toString(), "immediate danger: no");
        }
        return view(call);
    }

    /** Records the caller and looks at once for earlier calls and referrals about the same person. */
    @Transactional
    public TriageView recordCaller(UUID id, CallerDetails caller) {
        List<FieldError> errors = callerErrors(caller);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String first = trimmed(caller.firstName());
        String last = trimmed(caller.lastName());
        String phone = trimmed(caller.phone());
        LocalDate dateOfBirth = caller.dateOfBirth();
        TriageCall call = loadOpen(id);
        call.callerFirstName = first;
        call.callerLastName = last;
        call.callerDateOfBirth = dateOfBirth;
        call.callerPhone = phone;
        call.callerMatchName = Names.matchKey(first, last);
        findEarlierContact(call);
        audit.record("triage.caller", ENTITY, id.toString(), call.earlierCalls + " earlier calls; known to "
                + (call.knownTo == null ? "no conference" : call.knownTo));
        return view(call);
    }

    List<FieldError> callerErrors(CallerDetails caller) {
        List<FieldError> errors = new ArrayList<>();
        String first = trimmed(caller == null ? null : caller.firstName());
        String last = trimmed(caller == null ? null : caller.lastName());
        String phone = trimmed(caller == null ? null : caller.phone());
        LocalDate dateOfBirth = caller == null ? null : caller.dateOfBirth();
        if (first == null) {
            errors.add(new FieldError("firstName", "Enter the caller's first name"));
        }
        if (last == null) {
            errors.add(new FieldError("lastName", "Enter the caller's last name"));
        }
        errors.addAll(checks.errors(new CallerDetails(first, last, dateOfBirth, phone)));
        if (dateOfBirth != null && (dateOfBirth.isAfter(LocalDate.now(LONDON)) || dateOfBirth.getYear() < 1900)) {
            errors.add(new FieldError("dob", "The date of birth must be a real date in the past"));
        }
        if (phone != null && phone.length() <= org.roundtable.web.Limits.PHONE && !phone.matches(org.roundtable.person.PersonForm.PHONE)) {
            errors.add(new FieldError("phone", org.roundtable.person.PersonForm.PHONE_MESSAGE));
        }
        return errors;
    }

    /**
     * Yes takes the domestic abuse questions, no the anti-social behaviour ones. Changing branch keeps every answer that
     * still applies: one the new branch's script also asks (and accepts) stays an answer, the others are set aside
     * and come back if the branch is changed back. The call continues at the first question still unanswered, and
     * ends at once if none is.
     */
    @Transactional
    public TriageView answerRelationship(UUID id, Boolean domestic) {
        if (domestic == null) {
            throw new InvalidInputException("domestic", "Say whether this is about a partner, ex-partner or family member");
        }
        TriageCall call = loadOpen(id);
        if (!domestic.equals(call.domestic)) {
            call.domestic = domestic;
            call.checklistVersionId = checklists.currentFor(kindOf(domestic), ChecklistPurpose.TRIAGE).id();
            ChecklistDefinition script = checklists.version(call.checklistVersionId).definition();
            Map<String, String> given = new HashMap<>(call.setAsideAnswers == null ? Map.of() : call.setAsideAnswers);
            given.putAll(call.answers);
            Map<String, String> applying = new HashMap<>();
            Map<String, String> aside = new HashMap<>();
            given.forEach((question, value) -> (stillApplies(script, question, value) ? applying : aside).put(question, value));
            call.answers = applying;
            call.setAsideAnswers = aside;
            clearResult(call);
            if (script.questions().stream().allMatch(q -> call.answers.containsKey(q.id()))) {
                complete(call, script);
            }
        }
        audit.record("triage.answer", ENTITY, id.toString(), domestic ? "domestic abuse" : "anti-social behaviour");
        return view(call);
    }

    /** Records one answer; when the last is in, the call ends with its band, route and vulnerable flag. */
    @Transactional
    public TriageView answer(UUID id, String questionId, String value) {
        TriageCall call = loadOpen(id);
        if (call.checklistVersionId == null) {
            throw new IllegalStateChangeException("Answer the relationship question first.");
        }
        ChecklistDefinition script = checklists.version(call.checklistVersionId).definition();
        if (script.question(questionId).isEmpty()) {
            throw new NotFoundProblem("No question " + questionId + " in this call's script");
        }
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("answer", "Choose an answer");
        }
        script.answerError(questionId, value).ifPresent(message -> {
            throw new InvalidInputException("answer", message);
        });
        call.answers = new HashMap<>(call.answers);
        call.answers.put(questionId, value);
        if (script.questions().stream().allMatch(q -> call.answers.containsKey(q.id()))) {
            complete(call, script);
        }
        audit.record("triage.answer", ENTITY, id.toString(), questionId);
        return view(call);
    }

    /** Starts a referral draft of the call's conference kind with everything the call already knows. */
    @Transactional
    public ReferralView startReferral(UUID id, String handlerNotes) {
        TriageCall call = load(id, true);
        if (call.outcome != TriageOutcome.COMPLETED) {
            throw new IllegalStateChangeException(call.outcome == TriageOutcome.ESCALATED
                    ? "This call was escalated for an emergency response; the script makes no referral."
                    : "Finish the call's questions before starting a referral.");
        }
        if (call.referralId != null) {
            throw new IllegalStateChangeException("A referral has already been started from call " + call.reference + ".");
        }
        TriageView view = view(call);
        ChecklistView referralChecklist = checklists.currentFor(view.conferenceKind());
        ChecklistView script = checklists.version(call.checklistVersionId);
        ReferralView draft = referrals.createDraft(view.conferenceKind(),
                TriagePrefill.draft(view, script.definition(), referralChecklist.definition(), trimmed(handlerNotes)));
        call.referralId = draft.id();
        audit.record("triage.referral", ENTITY, id.toString(), "Referral draft " + draft.id());
        return draft;
    }

    private void complete(TriageCall call, ChecklistDefinition script) {
        Score score = ChecklistScorer.score(script, call.answers);
        call.total = score.total();
        call.band = score.band();
        call.route = script.routeFor(score.band()).orElse(null);
        call.vulnerable = score.band() == org.roundtable.checklist.Band.HIGH
                || script.vulnerabilityQuestions().stream().anyMatch(q -> ChecklistScorer.YES.equals(call.answers.get(q)));
        call.outcome = TriageOutcome.COMPLETED;
        call.endedAt = Instant.now();
    }

    private static boolean stillApplies(ChecklistDefinition script, String question, String value) {
        return script.question(question).isPresent() && script.answerError(question, value).isEmpty();
    }

    private static void clearResult(TriageCall call) {
        call.total = null;
        call.band = null;
        call.route = null;
        call.vulnerable = false;
        call.outcome = TriageOutcome.IN_PROGRESS;
        call.endedAt = null;
    }

    private void findEarlierContact(TriageCall call) {
        call.earlierCalls = 0;
        call.earlierVulnerable = false;
        call.knownTo = null;
        if (call.callerDateOfBirth == null) {
            return;
        }
        List<TriageCall> earlier = calls.earlierCallsFrom(call.agencyCode, call.callerMatchName, call.callerDateOfBirth, call.id);
        call.earlierCalls = earlier.size();
        call.earlierVulnerable = earlier.stream().anyMatch(c -> c.vulnerable || c.earlierVulnerable);
        List<String> kinds = referrals.lookUpPeople(new MatchQuery(call.callerFirstName, call.callerLastName, call.callerDateOfBirth,
                        null, call.callerPhone, null, null)).matches().stream()
                .flatMap(match -> match.knownTo().stream()).distinct().sorted().map(Enum::name).toList();
        call.knownTo = kinds.isEmpty() ? null : String.join(",", kinds);
    }

    /** A call that can still be answered: in progress, or completed and not yet turned into a referral. */
    private TriageCall loadOpen(UUID id) {
        TriageCall call = load(id, true);
        if (call.outcome == TriageOutcome.ESCALATED) {
            throw new IllegalStateChangeException("This call was escalated for an emergency response and is closed.");
        }
        if (call.referralId != null) {
            throw new IllegalStateChangeException("A referral has been started from this call; change the answers in the referral.");
        }
        return call;
    }

    private TriageCall load(UUID id, boolean forUpdate) {
        // Answers of one call land one at a time, so two tabs on the same call cannot overwrite each other.
        TriageCall call = forUpdate ? calls.findById(id, LockModeType.PESSIMISTIC_WRITE) : calls.findById(id);
        if (call == null) {
            throw new NotFoundProblem("No call " + id);
        }
        if (!call.agencyCode.equals(currentUser.agencyCode().orElse(null))) {
            audit.recordRefusal("triage.denied", ENTITY, id.toString(), "access refused");
            throw new ForbiddenException("This call belongs to another agency");
        }
        return call;
    }

    static ConferenceKind kindOf(boolean domestic) {
        return domestic ? ConferenceKind.MARAC : ConferenceKind.ASBRAC;
    }

    private TriageView view(TriageCall call) {
        var questions = call.checklistVersionId == null ? List.<ChecklistDefinition.Question>of()
                : checklists.version(call.checklistVersionId).definition().questions();
        List<ConferenceKind> knownTo = call.knownTo == null ? List.of()
                : Arrays.stream(call.knownTo.split(",")).map(ConferenceKind::valueOf).toList();
        return new TriageView(call.id, call.reference, call.outcome, call.startedAt, call.endedAt, call.handlerName,
                call.immediateDanger, call.callerFirstName, call.callerLastName, call.callerDateOfBirth, call.callerPhone,
                call.domestic, call.domestic == null ? null : kindOf(call.domestic), questions, java.util.Map.copyOf(call.answers),
                call.total, call.band, call.route, call.vulnerable, call.earlierCalls, call.earlierVulnerable, knownTo,
                call.referralId, call.version);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
