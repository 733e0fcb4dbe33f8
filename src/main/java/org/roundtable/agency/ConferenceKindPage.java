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

    public record KindMembers(ConferenceKind kind, List<AgencyView> agencies) {
        public boolean isMember(AgencyView agency) {
            return agency.conferenceKinds().contains(kind);
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance kinds(List<KindMembers> kinds, String saved);
    }

    private final AgencyService agencies;

    ConferenceKindPage(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance kinds(@QueryParam("saved") String saved) {
        List<AgencyView> all = agencies.list();
        return Templates.kinds(Arrays.stream(ConferenceKind.values()).map(kind -> new KindMembers(kind, all)).toList(), saved);
    }

    @POST
    @Path("{kind}")
    @Operation(hidden = true)
    public Response setMembers(@PathParam("kind") String kind, @RestForm("agency") List<String> agencyIds) {
        ConferenceKind conferenceKind = ConferenceKind.parse(kind);
        Set<UUID> ids = Set.copyOf(org.roundtable.web.Ids.parseAll(agencyIds, "agency"));
        agencies.setMembers(conferenceKind, ids);
        return Response.seeOther(URI.create("/admin/conference-kinds?saved=" + conferenceKind.name())).build();
    }
}
