package org.roundtable.contact;

import org.roundtable.access.RoleGroup;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;
import org.roundtable.web.Versions;

/** Correcting an entry (its author, within 24 hours) or, after that, adding an amendment linked to it. */
@Path("/caseload/{referralId}/contacts/{entryId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(RoleGroup.Allowed.ADVOCATES)
public class ContactEntryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entry(UUID referralId, ContactEntryView entry, ContactFormFields.Options options,
                ContactFormFields.Typed typed, FormErrors errors, String conflict);
    }

    private final ContactLog contactLog;

    ContactEntryPage(ContactLog contactLog) {
        this.contactLog = contactLog;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("referralId") UUID referralId, @PathParam("entryId") UUID entryId) {
        ContactEntryView entry = contactLog.entry(referralId, entryId);
        return Templates.entry(referralId, entry, ContactFormFields.OPTIONS, ContactFormFields.of(entry), FormErrors.NONE, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("referralId") UUID referralId, @PathParam("entryId") UUID entryId,
            MultivaluedMap<String, String> form) {
        ContactEntryView entry = contactLog.entry(referralId, entryId);
        try {
            ContactForm contact = ContactFormFields.read(form);
            if (entry.correctableByYou()) {
                contactLog.correct(referralId, entryId, contact, Versions.fromForm(form.getFirst("version")));
                return Response.seeOther(URI.create("/caseload/" + referralId + "?done=corrected")).build();
            }
            contactLog.amend(referralId, entryId, contact);
            return Response.seeOther(URI.create("/caseload/" + referralId + "?done=amended")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.entry(referralId, entry, ContactFormFields.OPTIONS, ContactFormFields.typed(form),
                    FormErrors.of(e), null)).build();
        } catch (StaleEditException e) {
            ContactEntryView current = contactLog.entry(referralId, entryId);
            return Response.status(409).entity(Templates.entry(referralId, current, ContactFormFields.OPTIONS, ContactFormFields.typed(form),
                    FormErrors.NONE, "The entry was corrected while you were editing. It is shown as saved now; your changes are below.")).build();
        }
    }
}
