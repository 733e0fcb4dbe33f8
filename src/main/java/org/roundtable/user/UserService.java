package org.roundtable.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.Actor;
import org.roundtable.audit.AuditService;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.NotFoundProblem;
import org.roundtable.web.StaleEditException;

/** The people who use Roundtable. Later features pick chairs, single points of contact and assignees from here. */
@ApplicationScoped
public class UserService {

    static final String ENTITY = "user";

    @Inject
    AppUserRepository repository;

    @Inject
    AuditService audit;

    @Inject
    jakarta.enterprise.event.Event<FirstSignIn> firstSignIns;

    @Inject
    CurrentUser currentUser;

    /** Fired in the sign-in transaction when someone signs in for the first time. */
    public record FirstSignIn(String subject, String username, java.util.List<String> roles) {
    }

    /** Creates or refreshes the user's record from their token, and writes the sign-in to the audit log. */
    @Transactional
    public UserView recordSignIn(SignIn signIn) {
        Instant now = Instant.now();
        AppUser user = repository.findById(signIn.subject());
        boolean first = user == null;
        if (first) {
            user = new AppUser();
            user.subject = signIn.subject();
            user.firstSignInAt = now;
        }
        user.username = signIn.username();
        user.displayName = signIn.displayName();
        user.email = signIn.email();
        user.agencyCode = signIn.agencyCode();
        user.roles = String.join(" ", signIn.roles());
        user.lastSignInAt = now;
        user.active = true;
        if (!repository.isPersistent(user)) {
            repository.persist(user);
        }
        audit.recordFor(new Actor(signIn.subject(), signIn.displayName(), signIn.agencyCode()), "user.sign-in", ENTITY,
                signIn.subject(), null, "roles=" + user.roles);
        if (first) {
            repository.flush();
            firstSignIns.fire(new FirstSignIn(user.subject, user.username, user.roleList()));
        }
        return UserView.of(user);
    }

    @Transactional
    public List<UserView> list() {
        return repository.allByName().stream().map(UserView::of).toList();
    }

    @Transactional
    public UserView get(String subject) {
        return UserView.of(load(subject));
    }

    @Transactional
    public Optional<UserView> find(String subject) {
        return Optional.ofNullable(repository.findById(subject)).map(UserView::of);
    }

    /** Coordinators and chairs of a conference kind, for later features to choose from. */
    @Transactional
    public List<UserView> holdingKind(ConferenceKind kind, String role) {
        return repository.allByName().stream()
                .filter(u -> u.active && u.roleList().contains(role) && u.conferenceKinds.contains(kind))
                .map(UserView::of).toList();
    }

    @Transactional
    public UserView setConferenceKinds(String subject, Set<ConferenceKind> kinds, long expectedVersion) {
        AppUser user = load(subject);
        if (user.version != expectedVersion) {
            throw new StaleEditException("Someone else changed this user's conference kinds while you were editing.", UserView.of(user));
        }
        if (!kinds.isEmpty() && !user.holdsConferenceKinds()) {
            throw new InvalidInputException("conferenceKinds", "Only coordinators and chairs hold conference kinds");
        }
        replaceKinds(user, kinds, currentUser.actor());
        repository.flush();
        return UserView.of(user);
    }

    /** Sets conference kinds on behalf of the system (the demo loader), without a version check. */
    @Transactional
    public void setConferenceKindsAs(Actor actor, String subject, Set<ConferenceKind> kinds) {
        replaceKinds(load(subject), kinds, actor);
    }

    private void replaceKinds(AppUser user, Set<ConferenceKind> kinds, Actor actor) {
        Set<ConferenceKind> before = EnumSet.noneOf(ConferenceKind.class);
        before.addAll(user.conferenceKinds);
        user.conferenceKinds.clear();
        user.conferenceKinds.addAll(kinds);
        // A change to the collection alone may not bump the version, and two administrators could both win.
        repository.getEntityManager().lock(user, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.recordFor(actor, "user.conference-kinds", ENTITY, user.subject, null, "before=" + before + "; after=" + kinds);
    }

    /**
     * Marks which accounts the identity provider has disabled, so administrators see them as inactive. A transaction
     * of its own, apart from the account check's lock transaction, so that a failed attempt can be tried again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int applyAccountStates(Set<String> disabledSubjects, Set<String> knownSubjects) {
        int changed = 0;
        for (AppUser user : repository.listAll()) {
            if (!knownSubjects.contains(user.subject) && !disabledSubjects.contains(user.subject)) {
                continue;
            }
            boolean active = !disabledSubjects.contains(user.subject);
            if (user.active != active) {
                user.active = active;
                changed++;
                audit.recordFor(new Actor("system", "Roundtable account check", null),
                        active ? "user.enabled" : "user.disabled", ENTITY, user.subject, null, "from Keycloak");
            }
        }
        return changed;
    }

    private AppUser load(String subject) {
        AppUser user = repository.findById(subject);
        if (user == null) {
            throw new NotFoundProblem("No user " + subject);
        }
        return user;
    }
}
