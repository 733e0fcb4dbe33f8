package org.roundtable.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The success banner a page shows after a form redirected to it (post, redirect, get): the form adds {@code ?done=<what>}
 * to the address, and the shared layout draws the GOV.UK success notification banner with the sentence below. One table,
 * so every "it worked" reads alike. Pages that draw their own banner for a {@code done} value are left out of it.
 */
@Named("confirmation")
@RequestScoped
public class Confirmations {

    /** Path prefix and {@code done} value, then what happened. */
    static final Map<String, String> SAID = Map.ofEntries(
            Map.entry("/cases/ ACCEPTED", "Referral accepted. It is ready to be listed on a meeting's agenda."),
            Map.entry("/cases/ SCREENED_OUT", "Referral screened out. The referrer can see the reason and the signposting."),
            Map.entry("/cases/ RETURNED", "Referral returned to the referrer with your question."),
            Map.entry("/cases/ SUBMITTED", "Referral sent back to the coordinator with your answer."),
            Map.entry("/cases/ WITHDRAWN", "Referral withdrawn."),
            Map.entry("/cases/ CLOSED", "Case closed."),
            Map.entry("/cases/ repeat", "Repeat decision saved."),
            Map.entry("/meetings/ research", "Research shared. The coordinator and the chair can now read it."),
            Map.entry("/meetings/ approved", "Minutes approved. They are frozen now: record any correction as an amendment."),
            Map.entry("/actions/ assign", "Action assigned. The agency it is assigned to can see it in their actions."),
            Map.entry("/actions/ update", "Action update saved."),
            Map.entry("/actions/ add", "Action added."));

    @Inject
    HttpServerRequest request;

    /** The sentence to show, or null when the page was not reached from a form that worked. */
    public String message() {
        String done = request.getParam("done");
        if (done == null) {
            return null;
        }
        String path = request.path();
        int slash = path.indexOf('/', 1);
        String prefix = slash < 0 ? path + "/" : path.substring(0, slash + 1);
        return SAID.get(prefix + " " + done);
    }
}
