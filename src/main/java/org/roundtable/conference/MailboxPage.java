package org.roundtable.conference;

import org.roundtable.access.RoleGroup;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.agency.AgencyService;
import org.roundtable.agency.AgencyView;
import org.roundtable.user.UserService;
import org.roundtable.user.UserView;

/**
 * While mail is not configured (the demo, tests), mail goes to a mock mailbox; this page shows what each agency's
 * shared mailbox and each user was sent, so the notice can be seen without a mail server.
 */
@Path("/mailbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(RoleGroup.Allowed.COORDINATORS_AND_ADMINS)
public class MailboxPage {

    public record Sent(String to, String subject, String text) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance mailbox(boolean mock, List<Sent> sent);
    }

    private final MockMailbox mailbox;
    private final UserService users;
    private final AgencyService agencies;
    private final boolean mock;

    MailboxPage(MockMailbox mailbox, UserService users, AgencyService agencies, @ConfigProperty(name = "quarkus.mailer.mock") boolean mock) {
        this.mailbox = mailbox;
        this.users = users;
        this.agencies = agencies;
        this.mock = mock;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance show() {
        List<Sent> sent = new ArrayList<>();
        if (mock) {
            Set<String> addresses = new LinkedHashSet<>();
            agencies.list().stream().map(AgencyView::contactEmail).filter(Objects::nonNull).forEach(addresses::add);
            users.list().stream().map(UserView::email).filter(e -> e != null && !e.isBlank()).forEach(addresses::add);
            for (String address : addresses) {
                for (Mail mail : mailbox.getMailsSentTo(address)) {
                    sent.add(new Sent(address, mail.getSubject(), mail.getText()));
                }
            }
        }
        return Templates.mailbox(mock, sent);
    }
}
