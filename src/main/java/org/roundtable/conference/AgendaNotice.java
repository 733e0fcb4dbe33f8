package org.roundtable.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.reminder.Outbox;
import org.roundtable.user.Role;
import org.roundtable.user.UserService;
import org.roundtable.user.UserView;

/**
 * Tells the agencies of a meeting that its agenda is published: each member agency, and each guest agency invited
 * for named cases (at publishing, or when invited after it). An agency is reached through its shared conference
 * mailbox, if it has one, and its single points of contact whose email Roundtable knows from sign-in. The email
 * carries no personal data: the conference, the date and a link. Each email goes to the outbox in the publishing
 * transaction and is sent once that has committed ({@link Outbox}), or later, on any replica, if that send fails.
 */
@ApplicationScoped
public class AgendaNotice {

    private static final Logger LOG = Logger.getLogger(AgendaNotice.class);

    @Inject
    Outbox outbox;

    @Inject
    AgencyService agencies;

    @Inject
    UserService users;

    @ConfigProperty(name = "roundtable.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void onPublished(@Observes Agendas.Published published) {
        MeetingView meeting = published.meeting();
        List<AgencyView> told = new ArrayList<>(agencies.members(meeting.kind()).stream().filter(AgencyView::active).toList());
        published.guestAgencies().stream().map(agencies::findByShortCode).flatMap(java.util.Optional::stream)
                .filter(AgencyView::active).forEach(told::add);
        send(meeting, addresses(told), "Please record what your agency holds about each case before the meeting:");
    }

    void onGuestInvited(@Observes Agendas.GuestInvited invited) {
        agencies.findByShortCode(invited.agencyCode()).filter(AgencyView::active).ifPresent(guest -> send(invited.meeting(),
                addresses(List.of(guest)), "Your agency is invited to this meeting for named cases. Please record what your "
                        + "agency holds about them before the meeting:"));
    }

    private void send(MeetingView meeting, Collection<String> addresses, String request) {
        for (String address : addresses) {
            outbox.write(Outbox.AGENDA, List.of(address), "Roundtable: " + meeting.title() + " agenda published",
                    "The agenda for " + meeting.title() + " is published.\n\n" + request + "\n" + baseUrl + "/meetings/"
                            + meeting.id() + "\n\nThis email holds no personal data. Sign in to Roundtable to see the cases.");
        }
        LOG.infof("Agenda of meeting %s: %d addresses written to the outbox", meeting.id(), addresses.size());
    }

    /** Each agency's shared mailbox and its active single points of contact with an email, each address once. */
    Collection<String> addresses(List<AgencyView> told) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        List<String> codes = told.stream().map(a -> a.shortCode().toUpperCase(Locale.ROOT)).toList();
        told.stream().map(AgencyView::contactEmail).filter(e -> e != null && !e.isBlank())
                .forEach(e -> byLowerCase.putIfAbsent(e.toLowerCase(Locale.ROOT), e));
        users.list().stream().filter(UserView::active).filter(u -> u.roles().contains(Role.AGENCY_SPOC))
                .filter(u -> u.email() != null && !u.email().isBlank())
                .filter(u -> u.agencyCode() != null && codes.contains(u.agencyCode().toUpperCase(Locale.ROOT)))
                .forEach(u -> byLowerCase.putIfAbsent(u.email().toLowerCase(Locale.ROOT), u.email()));
        return byLowerCase.values();
    }
}
