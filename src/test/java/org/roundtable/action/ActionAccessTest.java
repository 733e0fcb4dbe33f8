package org.roundtable.action;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.support.Identities;
import org.roundtable.user.SignIn;
import org.roundtable.user.UserService;

/** Who sees, updates and assigns an action of the housing agency: every role, and a second agency, as a matrix. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class ActionAccessTest {

    @Inject
    ActionFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    UserService users;

    @Inject
    EntityManager entityManager;

    /** A reader, and the answers they get: read the action, update it, assign it. */
    record Reader(String who, String subject, String agency, String role, int read, int update, int assign) {
    }

    @Test
    void anAgencySeesOnlyItsOwnActionsAndEveryRoleGetsWhatTheTableSays() {
        var running = fixtures.meetingInProgress(identity, "Access");
        var p = running.p();
        String housingAction = fixtures.setAction(identity, running, p.housing(), "Change the locks", 14);
        String idvaAction = fixtures.setAction(identity, running, p.idva(), "Safety plan", 14);
        fixtures.spoc(p.housing());
        fixtures.spoc(p.idva());
        String asbCoordinator = "asb-coordinator-" + p.housing();
        users.recordSignIn(new SignIn(asbCoordinator, asbCoordinator, "Jo Asb", null, "ASBTEAM", List.of("coordinator")));
        users.setConferenceKinds(asbCoordinator, EnumSet.of(ConferenceKind.ASBRAC), users.get(asbCoordinator).version());

        List<Reader> readers = List.of(
                new Reader("the owning agency's SPOC", "spoc-" + p.housing(), p.housing(), "agency-spoc", 200, 400, 400),
                new Reader("a referrer of the owning agency", "ref-" + p.housing(), p.housing(), "referrer", 200, 400, 403),
                new Reader("an IDVA of the owning agency", "idva-" + p.housing(), p.housing(), "idva", 200, 400, 403),
                new Reader("a second agency's SPOC", "spoc-" + p.idva(), p.idva(), "agency-spoc", 403, 403, 403),
                new Reader("a second agency's referrer", "ref-" + p.idva(), p.idva(), "referrer", 403, 403, 403),
                new Reader("an ISVA of a second agency", "isva-" + p.health(), p.health(), "isva", 403, 403, 403),
                new Reader("a police call handler", "handler-" + p.police(), p.police(), "call-handler", 403, 403, 403),
                new Reader("the MARAC chair (police)", p.chairSubject(), p.police(), "chair", 200, 400, 403),
                new Reader("the MARAC coordinator", p.coordinatorSubject(), "ASBTEAM", "coordinator", 200, 400, 400),
                new Reader("a coordinator of ASBRAC only", asbCoordinator, "ASBTEAM", "coordinator", 403, 403, 403),
                new Reader("an administrator", "admin-" + p.housing(), p.housing(), "admin", 403, 403, 403),
                new Reader("an auditor", "auditor-" + p.housing(), p.housing(), "auditor", 403, 403, 403));

        List<String> wrong = new ArrayList<>();
        for (Reader r : readers) {
            Identities.signIn(identity, r.subject(), "Reader", r.agency(), r.role());
            int read = given().get("/api/v1/actions/" + housingAction).statusCode();
            // An empty update and an assignee from nowhere: allowed readers get a field error (400), others 403.
            int update = given().contentType("application/json").header("If-Match", "0").body(Map.of())
                    .post("/api/v1/actions/" + housingAction + "/updates").statusCode();
            int assign = given().contentType("application/json").header("If-Match", "0").body(Map.of("assignee", "nobody"))
                    .put("/api/v1/actions/" + housingAction + "/assignee").statusCode();
            if (read != r.read() || update != r.update() || assign != r.assign()) {
                wrong.add(r.who() + ": read " + read + ", update " + update + ", assign " + assign);
            }
        }
        assertEquals(List.of(), wrong);

        ActionFixtures.signInSpoc(identity, p.idva());
        given().get("/api/v1/actions/inbox").then().statusCode(200).body("id", hasItem(idvaAction)).body("id", not(hasItem(housingAction)));
        ActionFixtures.signInSpoc(identity, p.housing());
        given().get("/api/v1/actions/inbox").then().statusCode(200).body("id", hasItem(housingAction)).body("id", not(hasItem(idvaAction)));
        given().get("/actions/" + idvaAction).then().statusCode(403);

        long refusals = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from audit_event where action = 'action.denied' and entity_id = :id and actor_subject = :who")
                .setParameter("id", housingAction).setParameter("who", "spoc-" + p.idva()).getSingleResult()).longValue());
        assertTrue(refusals >= 3, "each refusal of the second agency's SPOC is audited: " + refusals);
        long reads = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from audit_event where action = 'action.view' and entity_id = :id").setParameter("id", housingAction)
                .getSingleResult()).longValue());
        assertTrue(reads >= 5, "each read of the action is audited: " + reads);
    }

    @Test
    void theSummaryIsForCoordinatorsOfTheKindAndCountsByAgency() {
        var running = fixtures.meetingInProgress(identity, "Summary");
        var p = running.p();
        String action = fixtures.setAction(identity, running, p.housing(), "Change the locks", 14);
        fixtures.setAction(identity, running, p.housing(), "Visit", 14);
        ActionFixtures.signInAs(identity, "ref-" + p.housing(), "Reader", p.housing(), "referrer");
        given().contentType("application/json").header("If-Match", "0").body(Map.of("status", "DONE", "note", "done"))
                .post("/api/v1/actions/" + action + "/updates").then().statusCode(200);

        p.signInCoordinator(identity);
        given().get("/api/v1/actions/summary?kind=MARAC").then().statusCode(200)
                .body("find { it.agencyCode == '" + p.housing() + "' }.open", org.hamcrest.Matchers.equalTo(1))
                .body("find { it.agencyCode == '" + p.housing() + "' }.done", org.hamcrest.Matchers.equalTo(1))
                .body("find { it.agencyCode == '" + p.housing() + "' }.medianDaysToComplete", org.hamcrest.Matchers.equalTo(0.0f));
        given().get("/api/v1/actions/summary?kind=SARAC").then().statusCode(403);
        given().get("/api/v1/actions/summary").then().statusCode(400);
    }
}
