package org.roundtable.referral;

import org.roundtable.access.Viewers;
import org.roundtable.access.Viewer;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.duplicates.StoredDuplicates;
import org.roundtable.person.MatchQuery;
import org.roundtable.person.PersonMerges;
import org.roundtable.person.PersonService;
import org.roundtable.person.PersonView;

/**
 * What a coordinator needs to decide whether two person records are the same person: the earlier people who may be
 * the same as someone on a case, and the two records side by side. Deciding and merging stay with the coordinator.
 */
@ApplicationScoped
public class MergeReview {

    /** Someone on the case, and an earlier person who may be them. */
    public record PossibleDuplicate(UUID personId, String name, String role, ReferralService.PersonMatch match) {
    }

    /** A merge into someone on the case, for the coordinator to find it again and, if wrong, undo it. */
    public record MergeOnCase(UUID mergeId, String name, String role, java.time.Instant mergedAt, String mergedBy) {
    }

    /** One side of a comparison: the person and the references of the referrals they are on. */
    public record Side(PersonView person, List<String> references, List<ConferenceKind> knownTo) {
    }

    @Inject
    ReferralService referrals;

    @Inject
    ReferralRepository repository;

    @Inject
    Viewers viewers;

    @Inject
    PersonService people;

    @Inject
    AuditService audit;

    @Inject
    org.roundtable.person.PersonMerges merges;

    @Inject
    StoredDuplicates stored;

    @Inject
    org.roundtable.person.CandidateSearch candidateSearch;

    /** For coordinators of the case's kind: the merges into the victim and the alleged perpetrators. */
    @Transactional
    public List<MergeOnCase> mergesOnCase(ReferralView referral) {
        return peopleForCoordinator(referral).stream().flatMap(p -> merges.into(p.person().id()).stream()
                .map(m -> new MergeOnCase(m.id(), p.person().fullName(), p.role(), m.mergedAt(), m.mergedBy()))).toList();
    }

    /**
     * For coordinators of the case's kind (nobody else is offered merges): the possible duplicates stored when the
     * people were recorded ({@link StoredDuplicates}), so reading a case runs no matching. As in a lookup, an earlier
     * person known only to conference kinds the coordinator does not work in is left out, and who was shown is audited.
     */
    @Transactional
    public List<PossibleDuplicate> possibleDuplicates(ReferralView referral) {
        List<PersonOnCase> onCase = peopleForCoordinator(referral);
        if (onCase.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, PersonOnCase> byId = new java.util.LinkedHashMap<>();
        onCase.forEach(p -> byId.putIfAbsent(p.person().id(), p));
        double threshold = candidateSearch.minimumProbability();
        List<StoredDuplicates.Stored> rows = stored.of(byId.keySet()).stream().filter(r -> r.probability() >= threshold)
                .filter(r -> !byId.containsKey(r.candidateId())).toList();
        var knownTo = stored.knownTo(rows.stream().map(StoredDuplicates.Stored::candidateId).distinct().toList());
        Viewer viewer = viewers.current();
        List<PossibleDuplicate> shown = new ArrayList<>();
        for (StoredDuplicates.Stored row : rows) {
            java.util.Set<ConferenceKind> kinds = knownTo.getOrDefault(row.candidateId(), java.util.Set.of());
            List<ConferenceKind> mine = kinds.stream().filter(viewer::worksIn).sorted().toList();
            if (!kinds.isEmpty() && mine.isEmpty()) {
                continue;
            }
            PersonOnCase person = byId.get(row.personId());
            shown.add(new PossibleDuplicate(person.person().id(), person.person().fullName(), person.role(),
                    new ReferralService.PersonMatch(row.candidateId(), row.candidateName(), row.candidateDateOfBirth(), null, row.weight(),
                            row.probability(), row.reasons(), mine, false)));
        }
        if (!shown.isEmpty()) {
            List<UUID> ids = shown.stream().map(d -> d.match().personId()).distinct().toList();
            audit.recordList("person.match", "person", ids, "stored possible duplicates on case " + referral.reference() + "; shown: "
                    + String.join(",", ids.stream().map(UUID::toString).toList()));
        }
        return shown;
    }

    /** Whether the reader may check this case's people for duplicates: a coordinator of its kind, once submitted. */
    public boolean mayCheck(ReferralView referral) {
        return !peopleForCoordinator(referral).isEmpty();
    }

    /**
     * A coordinator's "check for duplicates": looks the case's people up now, as a lookup (audited, and seen by the
     * coordinators of other kinds that know a candidate), and stores what it found in place of the earlier check.
     */
    @Transactional
    public void checkNow(ReferralView referral) {
        List<PersonOnCase> onCase = peopleForCoordinator(referral);
        if (onCase.isEmpty()) {
            throw new ForbiddenException("Only a coordinator of this conference checks its cases for duplicates");
        }
        onCase.forEach(p -> duplicatesOf(p.person()));
        stored.refresh(onCase.stream().map(p -> p.person().id()).toList());
    }

    private record PersonOnCase(PersonView person, String role) {
    }

    /** The victim and the alleged perpetrators of a submitted case, for a coordinator of its kind; nobody for anyone else. */
    private List<PersonOnCase> peopleForCoordinator(ReferralView referral) {
        if (referral.state() == ReferralState.DRAFT || !viewers.current().coordinates(referral.kind())) {
            return List.of();
        }
        List<PersonOnCase> people = new ArrayList<>();
        if (referral.victim() != null) {
            people.add(new PersonOnCase(referral.victim(), "Victim"));
        }
        referral.perpetrators().forEach(p -> people.add(new PersonOnCase(p.person(), "Alleged perpetrator")));
        return people;
    }

    private void duplicatesOf(PersonView person) {
        referrals.lookUpPeople(MatchQuery.of(person));
    }

    /** Both people as a coordinator of a conference that knows each of them sees them; 403 otherwise. */
    @Transactional
    public List<Side> compare(UUID first, UUID second) {
        merges.requireUnmerged(first);
        merges.requireUnmerged(second);
        Viewer viewer = viewers.current();
        return List.of(side(first, viewer, List.of()), side(second, viewer, List.of()));
    }

    /**
     * The two people of a merge (the caller has checked the reader may see it). While it stands, the merged record's
     * referrals are those the merge moved to the survivor, so they are listed on both sides.
     */
    @Transactional
    public List<Side> sidesOf(PersonMerges.MergeView merge) {
        Viewer viewer = viewers.current();
        List<UUID> moved = merge.undoneAt() != null ? List.of()
                : merge.movedLinks().stream().map(PersonMerges.Link::referralId).distinct().toList();
        return List.of(side(merge.survivorId(), viewer, List.of()), side(merge.mergedId(), viewer, moved));
    }

    private Side side(UUID personId, Viewer viewer, List<UUID> movedReferralIds) {
        List<Referral> about = new ArrayList<>(repository.aboutPeople(List.of(personId)));
        movedReferralIds.stream().map(repository::findById).filter(r -> r != null && !about.contains(r)).forEach(about::add);
        about.removeIf(r -> r.state == ReferralState.DRAFT);
        if (about.stream().noneMatch(r -> viewer.coordinates(r.kind))) {
            throw new ForbiddenException("Only a coordinator of a conference that knows this person can merge them");
        }
        audit.record("person.view", "person", personId.toString(), "merge review");
        return new Side(people.view(personId, true),
                about.stream().filter(r -> viewer.coordinates(r.kind)).map(r -> r.reference).sorted().toList(),
                about.stream().map(r -> r.kind).distinct().sorted().toList());
    }
}
