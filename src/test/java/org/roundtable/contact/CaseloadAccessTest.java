package org.roundtable.contact;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.support.Identities;
import org.roundtable.user.SignIn;
import org.roundtable.user.UserService;

/**
 * Caseload and contact-log isolation over HTTP: only the victim's advocate service (IDVA for MARAC), and the MARAC
 * coordinators and chairs, see a MARAC case's log and find it on a caseload. Every other role and agency gets 403,
 * including the referrer and an ISVA; refusals and looks are audited.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "idva")
class CaseloadAccessTest {

    @Inject
    ContactFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    UserService users;

    @Test
    void onlyTheAdvocateServiceAndTheKindsCoordinatorsAndChairsSeeTheLogAndFindTheCase() {
        ContactFixtures.World w = fixtures.world();
        var p = w.p();
        String id = fixtures.acceptedCase(w, identity, "Matrix" + p.housing(), 16);
        p.signInCoordinator(identity);
        String reference = given().get("/api/v1/referrals/" + id).then().extract().path("reference");
        String saracCoordinator = "sarac-coordinator-" + p.housing();
        users.recordSignIn(new SignIn(saracCoordinator, saracCoordinator, "Dee Shaw", null, p.police(), List.of("coordinator")));
        users.setConferenceKinds(saracCoordinator, java.util.EnumSet.of(ConferenceKind.SARAC), users.get(saracCoordinator).version());

        Map<String, Runnable> readers = new LinkedHashMap<>();
        readers.put("IDVA of the IDVA service", () -> w.asIdva(identity));
        readers.put("SPOC of the IDVA service", () -> w.asIdvaSpoc(identity));
        readers.put("MARAC coordinator", () -> p.signInCoordinator(identity));
        readers.put("MARAC chair", () -> ConferenceFixtures.asChair(p, identity));
        readers.put("referrer of the referring agency", () -> p.signInReferrer(identity));
        readers.put("police referrer", () -> Identities.signIn(identity, "pc-" + p.police(), "PC Evans", p.police(), "referrer"));
        readers.put("SPOC of another agency", () -> Identities.signIn(identity, "spoc-" + p.health(), "Dr Hale", p.health(), "agency-spoc"));
        readers.put("ISVA of the ISVA service", () -> Identities.signIn(identity, "isva-" + w.isva(), "Iris Vale", w.isva(), "isva"));
        readers.put("SPOC of the ISVA service", () -> Identities.signIn(identity, "spoc-" + w.isva(), "Sam Vale", w.isva(), "agency-spoc"));
        readers.put("IDVA role in a second agency", () -> Identities.signIn(identity, "idva-" + p.health(), "Ida Hale", p.health(), "idva"));
        readers.put("coordinator of SARAC only", () -> Identities.signIn(identity, saracCoordinator, "Dee Shaw", p.police(), "coordinator"));
        readers.put("call handler", () -> Identities.signIn(identity, "ch-" + p.police(), "Priya Shah", p.police(), "call-handler"));
        readers.put("admin", () -> Identities.signIn(identity, "admin-" + p.housing(), "Alex Morgan", p.idva(), "admin"));
        readers.put("auditor", () -> Identities.signIn(identity, "auditor-" + p.housing(), "Jo Reed", p.idva(), "auditor"));

        Map<String, String> expected = new LinkedHashMap<>();
        readers.keySet().forEach(who -> expected.put(who, "log 403, caseload 403"));
        List.of("IDVA of the IDVA service", "SPOC of the IDVA service", "MARAC coordinator", "MARAC chair")
                .forEach(who -> expected.put(who, "log 200, caseload lists it"));
        List.of("ISVA of the ISVA service", "SPOC of the ISVA service", "coordinator of SARAC only")
                .forEach(who -> expected.put(who, "log 403, caseload 200 without it"));

        Map<String, String> actual = new LinkedHashMap<>();
        readers.forEach((who, signIn) -> {
            signIn.run();
            int log = given().get("/api/v1/caseload/" + id + "/contacts").statusCode();
            int page = given().accept("text/html").redirects().follow(false).get("/caseload/" + id).statusCode();
            assertEquals(log, page, who + ": the page answers as the API does");
            Response list = given().get("/api/v1/caseload");
            String listed = list.statusCode() != 200 ? "caseload " + list.statusCode()
                    : list.jsonPath().getList("reference").contains(reference) ? "caseload lists it" : "caseload 200 without it";
            actual.put(who, "log " + log + ", " + listed);
        });
        assertEquals(expected, actual);

        Identities.signIn(identity, "auditor-" + p.housing(), "Jo Reed", p.idva(), "auditor");
        // Every row (all=true): one reader's API and page looks within 15 minutes are otherwise one line with a count.
        List<String> actions = given().queryParam("recordId", id).queryParam("all", true).get("/api/v1/audit-events").then().statusCode(200).extract()
                .path("action");
        assertEquals(8 * 2, actions.stream().filter("contact-log.denied"::equals).count(),
                "each refusal by the contact log rule (API and page) is audited: " + actions);
        assertEquals(4 * 2, actions.stream().filter("contact-log.view"::equals).count(), "each look (API and page) is audited");
    }

    @Test
    void theSafeContactDetailsComeFirstAndSayWhenAMessageIsNotSafe() {
        ContactFixtures.World w = fixtures.world();
        String id = fixtures.acceptedCase(w, identity, "Safe" + w.p().housing(), 16);
        w.asIdva(identity);
        given().get("/api/v1/caseload/" + id + "/contacts").then().statusCode(200)
                .body("victim.safePhone", org.hamcrest.Matchers.equalTo("07700 900123"))
                .body("victim.safeContactNotes", org.hamcrest.Matchers.equalTo("Text only"))
                .body("victim.safeToLeaveMessage", org.hamcrest.Matchers.equalTo(false));
        String page = given().accept("text/html").get("/caseload/" + id).then().statusCode(200).extract().asString();
        int warning = page.indexOf("Do not leave a message: not safe");
        int form = page.indexOf("Log a contact");
        assertEquals(true, warning > 0 && form > warning, "the warning is shown above the form for logging a contact");
        assertEquals(true, page.contains("Text only"), "the safe contact notes are shown");
    }
}
