package org.roundtable.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** GOV.UK style error pages: what went wrong in plain words, never a stack trace. */
@ApplicationScoped
public class ErrorPages {

    static final String FORMS_ONLY = "Pages take forms only: send the form as application/x-www-form-urlencoded or "
            + "multipart/form-data with its csrf-token field.";

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(int status, String title, String explanation, String extra);
    }

    public Response page(int status, String extra) {
        String title = switch (status) {
            case 400 -> "There is a problem with what was sent";
            case 403 -> "You do not have access to this page";
            case 404 -> "Page not found";
            case 409 -> "This record was changed by someone else";
            case 415 -> "This form was not sent as a form";
            default -> status >= 500 ? "Sorry, there is a problem with the service" : "Something went wrong";
        };
        String explanation = switch (status) {
            case 403 -> "Your role or your agency does not allow you to see this. If you think you should, ask your Roundtable administrator.";
            case 404 -> "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.";
            case 409 -> "Go back, reload the page to see the latest version, and make your change again.";
            case 415 -> "Nothing was saved. Go back, reload the page and send the form again. " + FORMS_ONLY;
            default -> status >= 500 ? "Try again later. If it keeps happening, tell your Roundtable administrator the incident reference below."
                    : "Go back and try again.";
        };
        return page(status, title, explanation, extra);
    }

    public Response page(int status, String title, String explanation, String extra) {
        String rendered = Templates.error(status, title, explanation, extra).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(rendered).build();
    }
}
