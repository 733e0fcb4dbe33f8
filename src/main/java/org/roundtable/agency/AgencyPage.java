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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.user.Role;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;

/** Administrators' pages for partner agencies. */
@Path("/admin/agencies")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.ADMIN)
public class AgencyPage {

    /** What was typed, kept as text so that nothing is lost when it is shown again with errors. */
    public record Typed(String name, String shortCode, String type, boolean active, String contactEmail, String safeLivesSource) {
        static Typed of(AgencyView agency) {
            return new Typed(agency.name(), agency.shortCode(), agency.type().name(), agency.active(), agency.contactEmail(),
                    agency.safeLivesSource() == null ? "" : agency.safeLivesSource().name());
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance list(List<AgencyView> agencies, String saved);

        static native TemplateInstance form(UUID id, Typed typed, long version, FormErrors errors, List<AgencyType> types,
                List<SafeLivesSource> sources, AgencyView theirs);
    }

    private final AgencyService agencies;

    AgencyPage(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("saved") String saved) {
        return Templates.list(agencies.list(), saved);
    }

    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance newAgency() {
        return form(null, new Typed("", "", "", true, "", ""), 0, FormErrors.NONE, null);
    }

    @POST
    @Operation(hidden = true)
    public Response create(@RestForm String name, @RestForm String shortCode, @RestForm String type, @RestForm String active,
            @RestForm String contactEmail, @RestForm String safeLivesSource) {
        Typed typed = new Typed(name, shortCode, type, "true".equals(active), contactEmail, safeLivesSource);
        try {
            AgencyView created = agencies.create(toForm(typed));
            return Response.seeOther(URI.create("/admin/agencies?saved=" + created.shortCode())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(form(null, typed, 0, FormErrors.of(e), null)).build();
        }
    }

    @GET
    @Path("{id}/edit")
    @Operation(hidden = true)
    public TemplateInstance edit(@PathParam("id") UUID id) {
        AgencyView agency = agencies.get(id);
        return form(id, Typed.of(agency), agency.version(), FormErrors.NONE, null);
    }

    @POST
    @Path("{id}")
    @Operation(hidden = true)
    public Response update(@PathParam("id") UUID id, @RestForm String name, @RestForm String shortCode, @RestForm String type,
            @RestForm String active, @RestForm String contactEmail, @RestForm String safeLivesSource, @RestForm long version) {
        Typed typed = new Typed(name, shortCode, type, "true".equals(active), contactEmail, safeLivesSource);
        try {
            AgencyView saved = agencies.update(id, toForm(typed), version);
            return Response.seeOther(URI.create("/admin/agencies?saved=" + saved.shortCode())).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(form(id, typed, version, FormErrors.of(e), null)).build();
        } catch (StaleEditException e) {
            AgencyView theirs = (AgencyView) e.current();
            // The form keeps what this user typed; saving again knowingly replaces the other version.
            return Response.status(409).entity(form(id, typed, theirs.version(), FormErrors.NONE, theirs)).build();
        }
    }

    private static TemplateInstance form(UUID id, Typed typed, long version, FormErrors errors, AgencyView theirs) {
        return Templates.form(id, typed, version, errors, Arrays.asList(AgencyType.values()), Arrays.asList(SafeLivesSource.values()),
                theirs);
    }

    /**
     * Converts typed text to the service's form; an unknown type is left empty so that validation names it, and an
     * unknown or empty source takes the usual one for the type.
     */
    private static AgencyForm toForm(Typed typed) {
        AgencyType type = Arrays.stream(AgencyType.values()).filter(t -> t.name().equals(typed.type())).findFirst().orElse(null);
        SafeLivesSource source = Arrays.stream(SafeLivesSource.values()).filter(s -> s.name().equals(typed.safeLivesSource()))
                .findFirst().orElse(null);
        return new AgencyForm(typed.name(), typed.shortCode(), type, typed.active(), typed.contactEmail(), source);
    }
}
