package org.roundtable.referral;

import org.roundtable.access.CaseRules;
import org.roundtable.access.Viewers;
import org.roundtable.access.Viewer;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.checklist.AssessmentView;
import org.roundtable.checklist.ChecklistScorer;
import org.roundtable.checklist.ChecklistService;
import org.roundtable.checklist.ChecklistView;
import org.roundtable.checklist.Score;
import org.roundtable.checklist.SettingsService;
import org.roundtable.person.Candidate;
import org.roundtable.person.CandidateSearch;
import org.roundtable.person.LookupRule;
import org.roundtable.person.MatchQuery;
import org.roundtable.person.PersonForm;
import org.roundtable.person.PersonMerges;
import org.roundtable.person.PersonService;
import org.roundtable.person.PersonView;
import org.roundtable.web.Checks;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/** Drafting, submitting, screening and finding referrals, within what each reader may see. Every look is audited. */
@ApplicationScoped
public class ReferralService {

    static final String ENTITY = "referral";

    @Inject
    org.roundtable.metrics.Metrics metrics;

    @Inject
    ReferralRepository referrals;

    @Inject
    Checks checks;

    @Inject
    ReferralWorkflow workflow;

    @Inject
    ReferenceNumbers references;

    @Inject
    PersonService people;

    @Inject
    ChecklistService checklists;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    Viewers viewers;

    @Inject
    EntityManager entityManager;

    @Inject
    CandidateSearch candidates;

    @Inject
    jakarta.enterprise.event.Event<org.roundtable.duplicates.DuplicateChecks.PeopleRecorded> peopleRecorded;

    @Inject
    Repeats repeats;

    @Inject
    PersonMerges merges;

    @Inject
    org.roundtable.lookup.PersonLookups lookups;

    @Inject
    CaseFlags caseFlags;

    @Inject
    java.time.Clock clock;

    @Transactional
    public ReferralView createDraft(ConferenceKind kind, ReferralDraft draft) {
        Viewer viewer = viewers.current();
        if (!viewer.isReferrer() || viewer.agencyCode() == null) {
            throw new ForbiddenException("Only people who refer for an agency can start a referral");
        }
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.kind = kind;
        referral.state = ReferralState.DRAFT;
        referral.referringAgencyCode = viewer.agencyCode();
        referral.authorSubject = viewer.subject();
        referral.authorName = viewer.name();
        referral.checklistCode = checklists.currentFor(kind).code();
        referral.draft = draft == null ? ReferralDraft.empty() : draft;
        referral.createdAt = Instant.now();
        referral.updatedAt = referral.createdAt;
        referrals.persist(referral);
        audit.record("referral.draft", ENTITY, referral.id.toString(), kind.name());
        return view(referral, viewer);
    }

    /** Saves what was typed, whatever it holds: a draft is never lost to validation. */
    @Transactional
    public ReferralView saveDraft(UUID id, ReferralDraft draft, long expectedVersion) {
        Viewer viewer = viewers.current();
        Referral referral = loadVisible(id, viewer);
        if (!CaseRules.isReferringAgency(referral.facts(), viewer)) {
            throw new ForbiddenException("Only the referring agency changes a draft");
        }
        if (referral.state != ReferralState.DRAFT) {
            throw new IllegalStateChangeException("Only a draft can be changed; this referral is " + referral.state.label().toLowerCase() + ".");
        }
        if (referral.version != expectedVersion) {
            throw new StaleEditException("Someone else saved this draft while you were editing it.", view(referral, viewer));
        }
        referral.draft = draft;
        referral.updatedAt = Instant.now();
        referrals.flush();
        audit.record("referral.save-draft", ENTITY, id.toString(), null);
        return view(referral, viewer);
    }

    @Transactional
    public ReferralView submit(UUID id, long expectedVersion) {
        Viewer viewer = viewers.current();
        Referral referral = loadVisible(id, viewer);
        if (referral.version != expectedVersion) {
            throw new StaleEditException("This referral changed since you opened it.", view(referral, viewer));
        }
        if (referral.state != ReferralState.DRAFT) {
            throw new IllegalStateChangeException("This referral has already been submitted.");
        }
        if (!CaseRules.isReferringAgency(referral.facts(), viewer)) {
            throw new ForbiddenException("Only the referring agency submits a referral");
        }
        ReferralDraft draft = referral.draft;
        ChecklistView checklist = checklists.currentFor(referral.kind);
        Map<String, String> answers = knownAnswers(draft.answers(), checklist);
        Score score = ChecklistScorer.score(checklist.definition(), answers);
        List<FieldError> errors = new ArrayList<>(checks.errors(draft));
        errors.addAll(personErrors(draft));
        Instant now = clock.instant();
        // A repeat is a referral criterion whatever the score; it is worked out again from the stored links once submitted.
        UUID victimNow = draft.victimPersonId() == null ? null : people.survivorOf(draft.victimPersonId(), "victim.personId");
        boolean repeat = repeats.wouldRepeat(referral.kind, referral.id, victimNow, now,
                draft.incidentDate(), linkedPerpetrators(draft)).isPresent();
        errors.addAll(SubmitCheck.errors(draft, checklist.definition(), score, settings.get(referral.kind), repeat,
                now.atZone(Repeats.LONDON).toLocalDate()));
        if (!errors.isEmpty()) {
            // The declared limits and the person check name some of the same faults: say each once.
            throw new InvalidInputException(errors.stream().distinct().toList());
        }
        AssessmentView assessment = checklists.assess(checklist.code(), answers);
        referral.assessmentId = assessment.id();
        referral.checklistCode = checklist.code();
        referral.answers = answers;
        referral.answerNotes = draft.answerNotes();
        UUID linkedVictim = draft.victimPersonId() == null ? null : people.survivorOf(draft.victimPersonId(), "victim.personId");
        if (linkedVictim != null && draft.victim() != null) {
            people.addIdentity(linkedVictim, draft.victim(), "referral");
        }
        referral.victimPersonId = linkedVictim != null ? linkedVictim
                : people.create(draft.victim(), referral.referringAgencyCode, "victim.");
        link(referral.id, referral.victimPersonId, ReferralPerson.VICTIM, null);
        for (ReferralDraft.Perpetrator perpetrator : draft.perpetrators()) {
            UUID personId = perpetrator.personId() == null ? null
                    : people.survivorOf(perpetrator.personId(), "perpetrators.personId");
            if (personId != null) {
                people.addIdentity(personId, perpetrator.person(), "referral");
            } else {
                personId = people.create(perpetrator.person(), referral.referringAgencyCode, "perpetrators.");
            }
            link(referral.id, personId, ReferralPerson.PERPETRATOR, perpetrator.relationship());
        }
        for (ReferralDraft.Child child : draft.children()) {
            PersonForm form = PersonForm.named(child.firstName(), child.lastName() == null || child.lastName().isBlank()
                    ? "(not known)" : child.lastName(), null, child.age());
            link(referral.id, people.create(form, referral.referringAgencyCode, "children."), ReferralPerson.CHILD, child.notes());
        }
        referral.incidentSummary = draft.incidentSummary().trim();
        referral.incidentOn = draft.incidentDate();
        referral.professionalJudgement = Boolean.TRUE.equals(draft.professionalJudgement());
        referral.professionalJudgementReasons = draft.professionalJudgementReasons();
        referral.policeIncidents12Months = draft.policeIncidents12Months();
        referral.consent = draft.consent().name();
        referral.consentReason = draft.consentReason();
        referral.victimEthnicity = draft.victimEquality().ethnicity();
        referral.victimDisability = draft.victimEquality().disability();
        referral.victimLgbtq = draft.victimEquality().lgbtq();
        referral.officerName = draft.officerName() == null || draft.officerName().isBlank() ? viewer.name() : draft.officerName();
        referral.submittedAt = now;
        workflow.apply(referral, new TransitionRequest(ReferralState.SUBMITTED, null, null, null, null), viewer);
        repeats.recomputeVictims(List.of(referral.victimPersonId));
        referrals.flush();
        peopleRecorded.fire(new org.roundtable.duplicates.DuplicateChecks.PeopleRecorded(peopleToCheck(referral)));
        metrics.referralSubmitted(referral.kind);
        ReferralView submitted = view(referral, viewer);
        // The number is taken last: its counter row stays locked until commit, so every other submit of the kind waits
        // for whatever this one does after taking it (issue 18: 11 of 16 concurrent submits were waiting on it).
        String reference = references.assignNext(referral.kind, referral.id);
        entityManager.unwrap(org.hibernate.Session.class).setReadOnly(referral, true);
        referral.reference = reference;
        return submitted.withReference(reference);
    }

    @Transactional
    public ReferralView transition(UUID id, TransitionRequest request, long expectedVersion) {
        Viewer viewer = viewers.current();
        Referral referral = loadVisible(id, viewer);
        if (request == null || request.to() == null) {
            throw new InvalidInputException("to", "Say which state the referral moves to");
        }
        if (referral.version != expectedVersion) {
            throw new StaleEditException("Someone else changed this referral: it is now " + referral.state.label().toLowerCase() + ".",
                    view(referral, viewer));
        }
        if (request.to() == ReferralState.SUBMITTED && referral.state == ReferralState.DRAFT) {
            throw new IllegalStateChangeException("Submit a draft with its submit action, which checks it first.");
        }
        workflow.apply(referral, request, viewer);
        referrals.flush();
        return view(referral, viewer);
    }

    /** Reads a referral, if the access rules let this reader see it; the look is audited. */
    @Transactional
    public ReferralView get(UUID id) {
        Viewer viewer = viewers.current();
        Referral referral = loadVisible(id, viewer);
        audit.record("referral.view", ENTITY, id.toString(), null);
        return view(referral, viewer);
    }

    /** Submitted referrals waiting for a coordinator of their kind. */
    @Transactional
    public List<ReferralView> screeningQueue() {
        Viewer viewer = viewers.current();
        List<ConferenceKind> kinds = viewer.userKinds().stream().filter(viewer::coordinates).toList();
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<ReferralView> queue = referrals.inStates(kinds, List.of(ReferralState.SUBMITTED)).stream()
                .map(r -> view(r, viewer)).toList();
        audit.recordList("referral.list", ENTITY, queue.stream().map(ReferralView::id).toList(), "screening queue, " + queue.size() + " referrals");
        return queue;
    }

    /** The agency's own referrals, drafts first seen by their authors and the agency's referrers. */
    @Transactional
    public List<ReferralView> mine() {
        Viewer viewer = viewers.current();
        if (viewer.agencyCode() == null) {
            return List.of();
        }
        List<ReferralView> list = referrals.ofAgency(viewer.agencyCode()).stream().filter(r -> CaseRules.canSee(r.facts(), viewer))
                .map(r -> view(r, viewer)).toList();
        audit.recordList("referral.list", ENTITY, list.stream().map(ReferralView::id).toList(), "agency referrals, " + list.size() + " referrals");
        return list;
    }

    /**
     * Finds referrals by reference, or by name: at least two letters of the victim's or another linked person's last
     * name (the start of any name they were recorded under), narrowed by the start of a first name and a date of
     * birth when given. Only the referrals this reader may see are returned, and their ids are audited.
     */
    @Transactional
    public List<ReferralView> search(String reference, String firstName, String lastName, LocalDate dateOfBirth) {
        Viewer viewer = viewers.current();
        List<Referral> found;
        String how;
        if (reference != null && !reference.isBlank()) {
            found = referrals.byReference(reference).stream().toList();
            how = "by reference";
        } else {
            List<org.roundtable.web.FieldError> problems = org.roundtable.person.CaseNameSearch.problems(lastName);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            found = referrals.aboutPeople(people.namedLike(firstName, lastName, dateOfBirth));
            how = "by name" + (dateOfBirth == null ? "" : " and date of birth");
        }
        List<ReferralView> visible = found.stream().filter(r -> CaseRules.canSee(r.facts(), viewer)).map(r -> view(r, viewer))
                .sorted(java.util.Comparator.comparing(ReferralView::reference, java.util.Comparator.nullsLast(String::compareTo)))
                .toList();
        audit.recordList("referral.search", ENTITY, visible.stream().map(ReferralView::id).toList(), how + ", " + visible.size() + " found");
        return visible;
    }

    /**
     * Earlier people who may be the one being entered (API): 400 with a field error on lastName when the query does
     * not identify enough ({@link LookupRule}); the refused lookup is audited all the same.
     */
    @Transactional
    public List<PersonMatch> personMatches(MatchQuery query) {
        if (!LookupRule.allows(query)) {
            audit.recordRefusal("person.match.refused", "person", null, "fields: " + String.join(",", LookupRule.fieldsGiven(query)));
            throw new InvalidInputException(LookupRule.FIELD, LookupRule.MESSAGE);
        }
        return lookUpPeople(query).matches();
    }

    /** What a lookup found, or why it did not look (for pages, which show the reason instead of an error). */
    public record PersonLookup(List<PersonMatch> matches, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /**
     * Earlier people who may be the one being entered. A candidate known to a conference kind the reader works in
     * shows their name, date of birth, town and those kinds; one known only to other kinds shows as "known to another
     * conference" and nothing more (at most one such line), and the coordinators of those kinds see the lookup in
     * {@link org.roundtable.lookup.PersonLookups}. Every lookup is audited with the fields given (not their values)
     * and the person ids shown and withheld.
     */
    @Transactional
    public PersonLookup lookUpPeople(MatchQuery query) {
        String fields = "fields: " + String.join(",", LookupRule.fieldsGiven(query));
        if (!LookupRule.allows(query)) {
            audit.record("person.match.refused", "person", null, fields);
            return new PersonLookup(List.of(), LookupRule.MESSAGE);
        }
        Viewer viewer = viewers.current();
        List<PersonMatch> matches = new ArrayList<>();
        List<UUID> shown = new ArrayList<>();
        List<UUID> withheld = new ArrayList<>();
        for (Candidate candidate : candidates.candidates(query)) {
            List<ConferenceKind> kinds = referrals.aboutPeople(List.of(candidate.personId())).stream()
                    .filter(r -> r.state != ReferralState.DRAFT).map(r -> r.kind).distinct().sorted().toList();
            List<ConferenceKind> mine = kinds.stream().filter(viewer::worksIn).toList();
            List<ConferenceKind> others = kinds.stream().filter(k -> !viewer.worksIn(k)).toList();
            lookups.recordLookupFromOtherConferences(candidate.personId(), others, viewer);
            if (!kinds.isEmpty() && mine.isEmpty()) {
                withheld.add(candidate.personId());
                continue;
            }
            shown.add(candidate.personId());
            matches.add(new PersonMatch(candidate.personId(), candidate.name(), candidate.dateOfBirth(), townOf(candidate.personId()),
                    candidate.weight(), candidate.probability(), candidate.reasons(), mine, false));
        }
        if (!withheld.isEmpty()) {
            matches.add(PersonMatch.ANOTHER_CONFERENCE);
        }
        audit.recordList("person.match", "person", shown, fields + "; shown: " + ids(shown) + "; withheld: " + ids(withheld));
        return new PersonLookup(matches, null);
    }

    private static String ids(List<UUID> ids) {
        return ids.isEmpty() ? "none" : String.join(",", ids.stream().map(UUID::toString).toList());
    }

    private String townOf(UUID personId) {
        List<?> towns = entityManager.createNativeQuery("select town from person where id = :id").setParameter("id", personId)
                .getResultList();
        return towns.isEmpty() ? null : (String) towns.get(0);
    }

    /**
     * Merges two people a coordinator found to be the same. Each must be on a referral of a conference kind the
     * coordinator coordinates; repeats are recomputed for both people's referrals afterwards.
     */
    @Transactional
    public PersonMerges.MergeView mergePeople(UUID survivorId, UUID mergedId, String reason) {
        Viewer viewer = viewers.current();
        merges.requireMergeable(survivorId, mergedId);
        requireCoordinatorOf(survivorId, viewer);
        requireCoordinatorOf(mergedId, viewer);
        PersonMerges.MergeView merge = merges.merge(survivorId, mergedId, reason, viewer.name());
        recomputeRepeats(List.of(survivorId, mergedId));
        peopleRecorded.fire(new org.roundtable.duplicates.DuplicateChecks.PeopleRecorded(java.util.Set.of(survivorId)));
        return merge;
    }

    @Transactional
    public PersonMerges.MergeView undoMerge(UUID mergeId, String reason) {
        Viewer viewer = viewers.current();
        PersonMerges.MergeView merge = merges.get(mergeId);
        requireCoordinatorOf(merge.survivorId(), viewer);
        PersonMerges.MergeView undone = merges.undo(mergeId, reason, viewer.name());
        recomputeRepeats(List.of(merge.survivorId(), merge.mergedId()));
        peopleRecorded.fire(new org.roundtable.duplicates.DuplicateChecks.PeopleRecorded(
                java.util.Set.of(merge.survivorId(), merge.mergedId())));
        return undone;
    }

    @Transactional
    public PersonMerges.MergeView merge(UUID mergeId) {
        PersonMerges.MergeView merge = merges.get(mergeId);
        requireCoordinatorOf(merge.survivorId(), viewers.current());
        return merge;
    }

    private void requireCoordinatorOf(UUID personId, Viewer viewer) {
        boolean coordinates = referrals.aboutPeople(List.of(personId)).stream()
                .anyMatch(r -> r.state != ReferralState.DRAFT && viewer.coordinates(r.kind));
        if (!coordinates) {
            throw new ForbiddenException("Only a coordinator of a conference that knows this person can merge them");
        }
    }

    /** A merged victim or perpetrator changes the repeats of every referral about the victims of their referrals. */
    private void recomputeRepeats(List<UUID> personIds) {
        referrals.flush();
        entityManager.clear();
        repeats.recomputeVictims(referrals.aboutPeople(personIds).stream().map(r -> r.victimPersonId).toList());
    }

    /** The victim and the alleged perpetrators as now linked, whose possible duplicates are checked after commit. */
    private java.util.Set<UUID> peopleToCheck(Referral referral) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        entityManager.createNativeQuery("select person_id from referral_person where referral_id = :id and role = 'PERPETRATOR'")
                .setParameter("id", referral.id).getResultList().forEach(id -> ids.add((UUID) id));
        ids.add(referral.victimPersonId);
        return ids;
    }

    /** The draft's alleged perpetrators as person ids; one not linked to an earlier record is a new person, like nobody. */
    private java.util.Set<UUID> linkedPerpetrators(ReferralDraft draft) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        for (ReferralDraft.Perpetrator perpetrator : draft.perpetrators()) {
            ids.add(perpetrator.personId() == null ? UUID.randomUUID() : people.survivorOf(perpetrator.personId(), "perpetrators.personId"));
        }
        return ids;
    }

    /**
     * A candidate as the reader may see it: who they are and the reader's conference kinds that know them; or, for
     * someone known only to other kinds, nothing but {@code knownToAnotherConference}.
     */
    public record PersonMatch(UUID personId, String name, LocalDate dateOfBirth, String town, double weight, double probability,
            List<String> reasons, List<ConferenceKind> knownTo, boolean knownToAnotherConference) {

        static final PersonMatch ANOTHER_CONFERENCE = new PersonMatch(null, null, null, null, 0, 0, List.of(), List.of(), true);
    }

    private List<FieldError> personErrors(ReferralDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        // A linked victim's details are kept too (as an identity, and to bring the record up to date): check them alike.
        if (draft.victim() != null) {
            collect(() -> people.validate(draft.victim(), "victim."), errors);
        }
        for (int i = 0; i < draft.perpetrators().size(); i++) {
            var perpetrator = draft.perpetrators().get(i);
            String prefix = "perpetrators[" + i + "].";
            if (perpetrator.person() == null) {
                errors.add(new FieldError(prefix + "firstName", "Enter the alleged perpetrator's name"));
            } else {
                collect(() -> people.validate(perpetrator.person(), prefix), errors);
            }
            if (perpetrator.relationship() != null && perpetrator.relationship().trim().length() > PersonForm.TEXT_MAX) {
                errors.add(new FieldError(prefix + "relationship", "The relationship to the victim must be " + PersonForm.TEXT_MAX + " characters or fewer"));
            }
        }
        for (int i = 0; i < draft.children().size(); i++) {
            var child = draft.children().get(i);
            if (child.firstName() == null || child.firstName().isBlank()) {
                errors.add(new FieldError("children[" + i + "].firstName", "Enter the child's first name"));
            } else if (child.firstName().trim().length() > PersonForm.TEXT_MAX
                    || (child.lastName() != null && child.lastName().trim().length() > PersonForm.TEXT_MAX)) {
                errors.add(new FieldError("children[" + i + "].firstName", "A child's names must be " + PersonForm.TEXT_MAX + " characters or fewer each"));
            }
            if (child.age() == null || child.age() < 0 || child.age() > 25) {
                errors.add(new FieldError("children[" + i + "].age", "Enter the child's age, 0 to 25"));
            }
        }
        return errors;
    }

    private static void collect(Runnable validation, List<FieldError> errors) {
        try {
            validation.run();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
    }

    private static Map<String, String> knownAnswers(Map<String, String> answers, ChecklistView checklist) {
        Map<String, String> known = new LinkedHashMap<>();
        checklist.definition().questions().forEach(q -> {
            if (answers.containsKey(q.id())) {
                known.put(q.id(), answers.get(q.id()));
            }
        });
        return known;
    }

    private void link(UUID referralId, UUID personId, String role, String relationship) {
        ReferralPerson link = new ReferralPerson();
        link.referralId = referralId;
        link.personId = personId;
        link.role = role;
        link.relationship = relationship == null || relationship.isBlank() ? null : relationship.trim();
        entityManager.persist(link);
    }

    Referral loadVisible(UUID id, Viewer viewer) {
        Referral referral = referrals.findById(id);
        if (referral == null) {
            throw new NotFoundProblem("No referral " + id);
        }
        if (!CaseRules.canSee(referral.facts(), viewer)) {
            audit.recordRefusal("referral.denied", ENTITY, id.toString(), "access refused");
            throw new ForbiddenException("This referral is not shared with you");
        }
        return referral;
    }

    private ReferralView view(Referral r, Viewer viewer) {
        return ReferralViews.of(r, viewer, this);
    }

    // Collaborators the view assembler reads through; package-private on purpose.
    List<ReferralPerson> links(UUID referralId) {
        return entityManager.createQuery("from ReferralPerson where referralId = :id", ReferralPerson.class)
                .setParameter("id", referralId).getResultList();
    }

    List<ReferralTransition> history(UUID referralId) {
        return entityManager.createQuery("from ReferralTransition where referralId = :id order by id", ReferralTransition.class)
                .setParameter("id", referralId).getResultList();
    }

    PersonView person(UUID id, boolean withContactDetails) {
        return people.view(id, withContactDetails);
    }

    AssessmentView assessment(UUID id) {
        return checklists.assessment(id);
    }

    CaseFlags.Flags flags(Referral referral, List<ReferralPerson> links) {
        return caseFlags.of(referral, links, personId -> people.view(personId, false).fullName());
    }

    String referenceOf(UUID referralId) {
        Referral referral = referrals.findById(referralId);
        return referral == null ? null : referral.reference;
    }

    int escalationThreshold(ConferenceKind kind) {
        return settings.get(kind).escalationIncidents();
    }
}
