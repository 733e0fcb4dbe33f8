package org.roundtable.agency;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.user.Role;

/** Administrators choose which agencies are members of each conference kind. */
@Path("/admin/conference-kinds")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.ADMIN)
public class ConferenceKindPage {

    /** One kind's checkboxes; {@code ticked} is what a refused save sent (null: the saved membership). */
    public record KindMembers(ConferenceKind kind, List<AgencyView> agencies, Set<UUID> ticked) {
        public boolean isMember(AgencyView agency) {
            return ticked != null ? ticked.contains(agency.id()) : agency.conferenceKinds().contains(kind);
        }

        /** The page's name for this kind's membership field, as errors name it. */
        public String field() {
            return field(kind);
        }

        static String field(ConferenceKind kind) {
            return kind.name() + "-members";
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance kinds(List<KindMembers> kinds, String saved, org.roundtable.web.FormErrors errors);
    }

    private final AgencyService agencies;

    ConferenceKindPage(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance kinds(@QueryParam("saved") String saved) {
        return page(saved, org.roundtable.web.FormErrors.NONE, null, Set.of());
    }

    /**
     * The membership of every kind; after a refused save, the kind's boxes show what was ticked (nothing is lost) and
     * its error is named after the kind, so the summary links to that kind's first checkbox.
     */
    private TemplateInstance page(String saved, org.roundtable.web.FormErrors errors, ConferenceKind refused, Set<UUID> ticked) {
        List<AgencyView> all = agencies.list();
        return Templates.kinds(Arrays.stream(ConferenceKind.values())
                .map(kind -> new KindMembers(kind, all, kind == refused ? ticked : null)).toList(), saved, errors);
    }

    @POST
    @Path("{kind}")
    @Operation(hidden = true)
    public Response setMembers(@PathParam("kind") String kind, @RestForm("agency") List<String> agencyIds) {
        ConferenceKind conferenceKind = ConferenceKind.parse(kind);
        Set<UUID> ids = Set.copyOf(org.roundtable.web.Ids.parseAll(agencyIds, "agency"));
        try {
            agencies.setMembers(conferenceKind, ids);
        } catch (org.roundtable.web.InvalidInputException e) {
            var errors = new org.roundtable.web.FormErrors(e.errors().stream().map(error -> new org.roundtable.web.FieldError(
                    error.field().equals(AgencyService.MEMBERS_FIELD) ? KindMembers.field(conferenceKind) : error.field(),
                    error.message())).toList());
            return Response.status(400).entity(page(null, errors, conferenceKind, ids)).build();
        }
        return Response.seeOther(URI.create("/admin/conference-kinds?saved=" + conferenceKind.name())).build();
    }
}
