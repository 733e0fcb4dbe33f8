package org.roundtable.conference;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.user.Role;
import org.roundtable.user.UserService;
import org.roundtable.user.UserView;

/**
 * Tells each member agency's single points of contact that an agenda is published. The email carries no personal
 * data: the conference, the date and a link. It is sent only once the publishing transaction has committed.
 */
@ApplicationScoped
public class AgendaNotice {

    private static final Logger LOG = Logger.getLogger(AgendaNotice.class);

    @Inject
    Mailer mailer;

    @Inject
    AgencyService agencies;

    @Inject
    UserService users;

    @ConfigProperty(name = "roundtable.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) Agendas.Published published) {
        MeetingView meeting = published.meeting();
        List<String> members = agencies.members(meeting.kind()).stream().filter(AgencyView::active).map(AgencyView::shortCode).toList();
        List<UserView> spocs = recipients(members);
        for (UserView spoc : spocs) {
            mailer.send(Mail.withText(spoc.email(), "Roundtable: " + meeting.title() + " agenda published",
                    "The agenda for " + meeting.title() + " is published.\n\nPlease record what your agency holds about each case "
                            + "before the meeting:\n" + baseUrl + "/meetings/" + meeting.id() + "\n\nThis email holds no personal data. "
                            + "Sign in to Roundtable to see the cases."));
        }
        LOG.infof("Agenda %s published: %d single points of contact told", meeting.id(), spocs.size());
    }

    /** Active single points of contact of the member agencies whose email address Roundtable knows (from sign-in). */
    List<UserView> recipients(List<String> memberAgencies) {
        return users.list().stream().filter(UserView::active).filter(u -> u.roles().contains(Role.AGENCY_SPOC))
                .filter(u -> u.email() != null && !u.email().isBlank())
                .filter(u -> u.agencyCode() != null && memberAgencies.contains(u.agencyCode().toUpperCase())).toList();
    }
}
