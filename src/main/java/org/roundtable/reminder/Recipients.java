package org.roundtable.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roundtable.action.ActionView;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.user.Role;
import org.roundtable.user.UserService;
import org.roundtable.user.UserView;

/**
 * Who is reminded of an action: the colleague it is assigned to; while no one is, the owning agency's single points
 * of contact; and if Roundtable knows none of their addresses, the agency's shared conference mailbox.
 */
@ApplicationScoped
class Recipients {

    @Inject
    UserService users;

    @Inject
    AgencyService agencies;

    List<String> of(ActionView action, List<UserView> everyone) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        if (action.assigneeSubject() != null) {
            everyone.stream().filter(u -> u.subject().equals(action.assigneeSubject())).filter(UserView::active)
                    .map(UserView::email).filter(Recipients::present).forEach(e -> byLowerCase.putIfAbsent(e.toLowerCase(Locale.ROOT), e));
        }
        if (byLowerCase.isEmpty()) {
            everyone.stream().filter(UserView::active).filter(u -> u.roles().contains(Role.AGENCY_SPOC))
                    .filter(u -> action.ownerAgencyCode().equalsIgnoreCase(String.valueOf(u.agencyCode())))
                    .map(UserView::email).filter(Recipients::present).forEach(e -> byLowerCase.putIfAbsent(e.toLowerCase(Locale.ROOT), e));
        }
        if (byLowerCase.isEmpty()) {
            agencies.findByShortCode(action.ownerAgencyCode()).map(AgencyView::contactEmail).filter(Recipients::present)
                    .ifPresent(e -> byLowerCase.put(e.toLowerCase(Locale.ROOT), e));
        }
        return List.copyOf(byLowerCase.values());
    }

    List<UserView> everyone() {
        return users.list();
    }

    private static boolean present(String email) {
        return email != null && !email.isBlank();
    }
}
