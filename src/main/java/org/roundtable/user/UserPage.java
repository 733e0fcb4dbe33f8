package org.roundtable.user;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.web.FormErrors;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.StaleEditException;

/** Administrators see who has signed in and give coordinators and chairs their conference kinds. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA }) // forms only: see PageFormsTest
@RolesAllowed(Role.ADMIN)
public class UserPage {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance users(List<UserView> users, String message);

        static native TemplateInstance kinds(UserView user, Set<ConferenceKind> chosen, long version, List<ConferenceKind> all,
                FormErrors errors, boolean conflict);
    }

    private final UserService users;
    private final KeycloakAccounts accounts;

    UserPage(UserService users, KeycloakAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance users(@QueryParam("message") String message) {
        return Templates.users(users.list(), message);
    }

    @POST
    @Path("account-check")
    @Operation(hidden = true)
    public Response checkAccounts() {
        int changed = accounts.refresh();
        String message = changed < 0 ? "unreachable" : "checked";
        return Response.seeOther(URI.create("/admin/users?message=" + message)).build();
    }

    @GET
    @Path("{subject}/conference-kinds")
    @Operation(hidden = true)
    public TemplateInstance editKinds(@PathParam("subject") String subject) {
        UserView user = users.get(subject);
        return kindsPage(user, kindSet(user.conferenceKinds()), user.version(), FormErrors.NONE, false);
    }

    @POST
    @Path("{subject}/conference-kinds")
    @Operation(hidden = true)
    public Response saveKinds(@PathParam("subject") String subject, @RestForm("kind") List<String> kinds, @RestForm long version) {
        Set<ConferenceKind> chosen = kindSet(kinds == null ? List.of()
                : kinds.stream().filter(k -> Arrays.stream(ConferenceKind.values()).anyMatch(c -> c.name().equals(k)))
                        .map(ConferenceKind::valueOf).toList());
        try {
            if (kinds != null && chosen.size() < kinds.stream().distinct().count()) {
                throw new InvalidInputException("kind", "Choose from the conferences shown");
            }
            users.setConferenceKinds(subject, chosen, version);
            return Response.seeOther(URI.create("/admin/users?message=saved")).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(kindsPage(users.get(subject), chosen, version, FormErrors.of(e), false)).build();
        } catch (StaleEditException e) {
            UserView current = (UserView) e.current();
            return Response.status(409).entity(kindsPage(current, chosen, current.version(), FormErrors.NONE, true)).build();
        }
    }

    private static TemplateInstance kindsPage(UserView user, Set<ConferenceKind> chosen, long version, FormErrors errors,
            boolean conflict) {
        return Templates.kinds(user, chosen, version, List.of(ConferenceKind.values()), errors, conflict);
    }

    private static Set<ConferenceKind> kindSet(List<ConferenceKind> kinds) {
        return kinds.isEmpty() ? EnumSet.noneOf(ConferenceKind.class) : EnumSet.copyOf(kinds);
    }
}
