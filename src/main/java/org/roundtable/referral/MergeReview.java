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

    /** For coordinators of the case's kind: the merges into the victim and the alleged perpetrators. */
    @Transactional
    public List<MergeOnCase> mergesOnCase(ReferralView referral) {
        return peopleForCoordinator(referral).stream().flatMap(p -> merges.into(p.person().id()).stream()
                .map(m -> new MergeOnCase(m.id(), p.person().fullName(), p.role(), m.mergedAt(), m.mergedBy()))).toList();
    }

    /** For coordinators of the case's kind; nobody else is offered merges. */
    @Transactional
    public List<PossibleDuplicate> possibleDuplicates(ReferralView referral) {
        return peopleForCoordinator(referral).stream().flatMap(p -> duplicatesOf(p.person(), p.role()).stream()).toList();
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

    private List<PossibleDuplicate> duplicatesOf(PersonView person, String role) {
        MatchQuery query = new MatchQuery(person.firstName(), person.lastName(), person.dateOfBirth(), person.safeEmail(),
                person.safePhone(), person.postcode(), person.town());
        return referrals.lookUpPeople(query).matches().stream().filter(m -> m.personId() != null && !m.personId().equals(person.id()))
                .map(m -> new PossibleDuplicate(person.id(), person.fullName(), role, m)).toList();
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
