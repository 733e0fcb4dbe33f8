package org.roundtable.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Hands a reminder to the mail server (the mock mailbox until SMTP is configured); throws when the server fails. */
@ApplicationScoped
class Postman {

    @Inject
    Mailer mailer;

    void deliver(List<String> to, String subject, String text) {
        mailer.send(new Mail().setTo(to).setSubject(subject).setText(text));
    }
}
