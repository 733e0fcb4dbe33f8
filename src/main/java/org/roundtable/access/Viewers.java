package org.roundtable.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashSet;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.user.CurrentUser;
import org.roundtable.user.UserService;
import org.roundtable.user.UserView;

/** Builds the current request's {@link Viewer} once. */
@RequestScoped
public class Viewers {

    @Inject
    CurrentUser currentUser;

    @Inject
    AgencyService agencies;

    @Inject
    UserService users;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Inject
    GuestGrants guestGrants;

    private Viewer viewer;

    public Viewer current() {
        if (viewer == null) {
            String agencyCode = currentUser.agencyCode().orElse(null);
            java.util.List<GuestGrant> grants = agencyCode == null ? java.util.List.of() : guestGrants.ofAgency(agencyCode);
            var agency = agencyCode == null ? java.util.Optional.<AgencyView>empty() : agencies.findByShortCode(agencyCode)
                    .filter(AgencyView::active);
            var kinds = users.find(currentUser.subject()).or(this::recordFirstApiUse).map(UserView::conferenceKinds)
                    .orElse(java.util.List.of());
            viewer = new Viewer(currentUser.subject(), currentUser.displayName(), agencyCode,
                    agency.map(AgencyView::type).orElse(null),
                    agency.map(a -> a.conferenceKinds().isEmpty() ? EnumSet.noneOf(ConferenceKind.class) : EnumSet.copyOf(a.conferenceKinds()))
                            .orElse(EnumSet.noneOf(ConferenceKind.class)),
                    new HashSet<>(currentUser.roles()),
                    kinds.isEmpty() ? EnumSet.noneOf(ConferenceKind.class) : EnumSet.copyOf(kinds), GuestGrants.meetings(grants),
                    GuestGrants.cases(grants));
        }
        return viewer;
    }

    /**
     * Someone who has only ever used the API (a bearer token, never the sign-in page) is recorded on first use, as a
     * sign-in would record them, so that their conference kinds can be assigned and apply.
     */
    private java.util.Optional<UserView> recordFirstApiUse() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(users.recordSignIn(org.roundtable.user.SignInListener.signInOf(identity)));
    }
}
