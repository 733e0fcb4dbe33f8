package org.roundtable.conference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;
import org.roundtable.user.SignIn;
import org.roundtable.user.UserService;

/** Agenda proposal in risk order with a cap, deferral with a reason, publishing, and who then sees a listed case. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class AgendaTest {

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    EntityManager entityManager;

    @Inject
    MockMailbox mailbox;

    @Inject
    UserService users;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = referrals.partnership();
        fixtures.closeOtherCases();
        setCap(3);
    }

    @AfterEach
    void restoreCap() {
        setCap(16);
    }

    private void setCap(int cap) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update conference_setting set agenda_cap = :cap where conference_kind_code = 'MARAC'").setParameter("cap", cap)
                .executeUpdate());
    }

    private String accepted(String first, int yes, int children) {
        return fixtures.acceptedCase(p, identity, fixtures.draft(first, "Agenda" + p.housing(), yes, children, false));
    }

    private static List<String> ids(io.restassured.response.ValidatableResponse agenda, String list) {
        return agenda.extract().jsonPath().getList(list + ".referral.id");
    }

    @Test
    void theProposalPutsTheHighestRiskFirstUpToTheCapAndTheRestWaitForTheNextMeeting() {
        String standard = accepted("Amy", 5, 0);
        String highFirst = accepted("Bea", 15, 0);
        String mediumWithChildren = accepted("Cat", 11, 1);
        String medium = accepted("Dee", 11, 0);
        String highLater = accepted("Eve", 15, 0);
        String meeting = fixtures.meeting(p, identity, 7);

        var agenda = given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200).body("cap", equalTo(3));
        assertEquals(List.of(highFirst, highLater, mediumWithChildren), ids(agenda, "items"), "high first, the longer wait first");
        assertEquals(List.of(medium, standard), ids(agenda, "waiting"), "over the cap: proposed for the next meeting");

        String nextMeeting = fixtures.meeting(p, identity, 21);
        var next = given().get("/api/v1/meetings/" + nextMeeting + "/agenda").then().statusCode(200);
        assertEquals(List.of(medium, standard), ids(next, "items"), "the overflow is the next meeting's proposal");
    }

    @Test
    void deferringNeedsAReasonAndAPublishedAgendaListsItsCasesAndTellsTheAgencies() {
        String first = accepted("Fay", 15, 0);
        String second = accepted("Gail", 12, 0);
        String meeting = fixtures.meeting(p, identity, 7);
        String spoc = "spoc-" + p.health();
        users.recordSignIn(new SignIn(spoc, spoc, "Hana Spoc", spoc + "@health.example", p.health(), List.of("agency-spoc")));
        p.signInCoordinator(identity);
        var agenda = given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        String secondItem = agenda.extract().path("items.find { it.referral.id == '" + second + "' }.itemId");

        given().contentType("application/json").body(Map.of("reason", " ")).post("/api/v1/meetings/" + meeting + "/agenda/items/"
                + secondItem + "/defer").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason")).body("errors[0].message", equalTo("Give the reason for deferring the case"));

        given().contentType("application/json").body(Map.of("direction", "UP"))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + secondItem + "/move").then().statusCode(200)
                .body("items[0].referral.id", equalTo(second));
        given().contentType("application/json").body(Map.of("referralId", second)).post("/api/v1/meetings/" + meeting + "/agenda/items")
                .then().statusCode(400).body("errors[0].message", equalTo("That case is already on this agenda"));
        mailbox.clear();
        int version = given().get("/api/v1/meetings/" + meeting).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version - 1)).post("/api/v1/meetings/" + meeting
                + "/agenda/publish").then().statusCode(409);
        given().contentType("application/json").header("If-Match", String.valueOf(version)).post("/api/v1/meetings/" + meeting + "/agenda/publish").then().statusCode(200)
                .body("meeting.status", equalTo("PUBLISHED"));
        given().get("/api/v1/referrals/" + first).then().body("state", equalTo("LISTED"));

        List<Mail> sent = mailbox.getMailsSentTo(spoc + "@health.example");
        assertEquals(1, sent.size(), "the member agency's SPOC is told");
        assertTrue(sent.get(0).getText().contains("/meetings/" + meeting), sent.get(0).getText());
        assertFalse(sent.get(0).getText().contains("Agenda" + p.housing()), "no personal data in the email");

        given().contentType("application/json").body(Map.of("reason", "Victim in hospital; the IDVA asks for the next meeting"))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + secondItem + "/defer").then().statusCode(200)
                .body("items.find { it.referral.id == '" + second + "' }.status", equalTo("DEFERRED"));
        given().get("/api/v1/referrals/" + second).then().body("state", equalTo("ACCEPTED"))
                .body("history[-1].reason", equalTo("Victim in hospital; the IDVA asks for the next meeting"));
    }

    @Test
    void agencyMailboxesAndGuestAgenciesAreToldOfThePublishedAgendaEachAddressOnce() {
        setContactEmail(p.health(), "marac@" + p.health() + ".example");
        setContactEmail(p.fire(), "meetings@" + p.fire() + ".example");
        String spoc = "spoc-mail-" + p.health();
        users.recordSignIn(new SignIn(spoc, spoc, "Hana Spoc", "MARAC@" + p.health() + ".example", p.health(), List.of("agency-spoc")));
        String invitedBefore = accepted("Kim", 15, 0);
        String invitedAfter = accepted("Lou", 15, 0);
        String meeting = fixtures.meeting(p, identity, 7);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        given().contentType("application/json").body(Map.of("agency", p.fire(), "referralIds", List.of(invitedBefore)))
                .post("/api/v1/meetings/" + meeting + "/guests").then().statusCode(200);
        mailbox.clear();

        given().contentType("application/json").header("If-Match", "0").post("/api/v1/meetings/" + meeting + "/agenda/publish").then()
                .statusCode(200);
        assertEquals(1, mailbox.getMailsSentTo("marac@" + p.health() + ".example").size()
                + mailbox.getMailsSentTo("MARAC@" + p.health() + ".example").size(), "the mailbox and the SPOC's address are one address");
        List<Mail> toGuest = mailbox.getMailsSentTo("meetings@" + p.fire() + ".example");
        assertEquals(1, toGuest.size(), "the guest agency invited before publishing is told");
        assertTrue(toGuest.get(0).getText().contains("/meetings/" + meeting), toGuest.get(0).getText());

        mailbox.clear();
        given().contentType("application/json").body(Map.of("agency", p.fire(), "referralIds", List.of(invitedAfter)))
                .post("/api/v1/meetings/" + meeting + "/guests").then().statusCode(200);
        List<Mail> late = mailbox.getMailsSentTo("meetings@" + p.fire() + ".example");
        assertEquals(1, late.size(), "a guest invited after publishing is told at once");
        assertTrue(late.get(0).getText().contains("invited to this meeting for named cases"), late.get(0).getText());
        assertEquals(1, mailbox.getTotalMessagesSent(), "and no one else is told again");
        String page = given().accept("text/html").get("/mailbox").then().statusCode(200).extract().asString();
        assertTrue(page.contains("meetings@" + p.fire() + ".example"), "the mock mailbox page shows mail to agency mailboxes: " + page);
    }

    private void setContactEmail(String agencyCode, String email) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update agency set contact_email = :email where short_code = upper(:code)").setParameter("email", email)
                .setParameter("code", agencyCode).executeUpdate());
    }

    @Test
    void aNonMemberAgencyIsRefusedAListedCaseAndAMemberAgencySeesItAndSharesWhatItHolds() {
        String listed = accepted("Hope", 15, 1);
        String meeting = fixtures.meeting(p, identity, 7);
        var agenda = given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        String item = agenda.extract().path("items[0].itemId");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/meetings/" + meeting + "/agenda/publish").then().statusCode(200);

        Identities.signIn(identity, "spoc-" + p.fire(), "Fred Fire", p.fire(), "agency-spoc");
        given().get("/api/v1/referrals/" + listed).then().statusCode(403);
        given().contentType("application/json").body(Map.of("known", false))
                .put("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/research").then().statusCode(403);

        Identities.signIn(identity, "spoc-" + p.health(), "Hana Spoc", p.health(), "agency-spoc");
        given().get("/api/v1/referrals/" + listed).then().statusCode(200).body("state", equalTo("LISTED"))
                .body("children[0].person.firstName", equalTo("Mia"));
        given().contentType("application/json").body(Map.of("known", true))
                .put("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/research").then().statusCode(400)
                .body("errors[0].field", equalTo("summary"));
        given().contentType("application/json").body(Map.of("known", true, "summary", "Seen at A&E twice in October",
                "risks", "Injuries inconsistent with the account", "childrenDetails", "Mia, 4, registered with the GP"))
                .put("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/research").then().statusCode(200)
                .body("childrenDetails", equalTo("Mia, 4, registered with the GP"));

        p.signInCoordinator(identity);
        List<String> missing = given().get("/api/v1/meetings/" + meeting + "/research/outstanding").then().statusCode(200)
                .extract().jsonPath().getList("[0].agencies");
        assertFalse(missing.contains(p.health()), "health has shared: " + missing);
        assertTrue(missing.contains(p.housing()) && missing.contains(p.idva()), "housing and the IDVA service have not: " + missing);
    }

    @Test
    void aGuestAgencyInvitedForOneCaseSeesThatCaseAndNoOther() {
        String named = accepted("Ida", 15, 0);
        String other = accepted("Jo", 14, 0);
        String meeting = fixtures.meeting(p, identity, 7);
        var agenda = given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        String namedItem = agenda.extract().path("items.find { it.referral.id == '" + named + "' }.itemId");
        String otherItem = agenda.extract().path("items.find { it.referral.id == '" + other + "' }.itemId");
        given().contentType("application/json").body(Map.of("agency", p.housing(), "referralIds", List.of(named)))
                .post("/api/v1/meetings/" + meeting + "/guests").then().statusCode(400)
                .body("errors[0].field", equalTo("agency"));
        given().contentType("application/json").body(Map.of("agency", p.fire(), "referralIds", List.of(named)))
                .post("/api/v1/meetings/" + meeting + "/guests").then().statusCode(200)
                .body("guests[0].agencyCode", equalTo(p.fire().toUpperCase()));
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/meetings/" + meeting + "/agenda/publish").then()
                .statusCode(200);

        Identities.signIn(identity, "spoc-" + p.fire(), "Fred Fire", p.fire(), "agency-spoc");
        given().get("/api/v1/meetings/" + meeting).then().statusCode(200);
        given().get("/api/v1/referrals/" + named).then().statusCode(200).body("state", equalTo("LISTED"));
        given().get("/api/v1/referrals/" + other).then().statusCode(403);
        given().contentType("application/json").body(Map.of("known", true, "summary", "Home fire safety visit in October"))
                .put("/api/v1/meetings/" + meeting + "/agenda/items/" + namedItem + "/research").then().statusCode(200);
        given().contentType("application/json").body(Map.of("known", false))
                .put("/api/v1/meetings/" + meeting + "/agenda/items/" + otherItem + "/research").then().statusCode(403);
        String page = given().accept("text/html").get("/meetings/" + meeting).then().statusCode(200).extract().asString();
        String namedReference = given().get("/api/v1/referrals/" + named).then().extract().path("reference");
        assertTrue(page.contains(namedReference), "the guest's meeting page lists its case");
        assertEquals(1, page.split("/research\"").length - 1, "and no other: " + page);
    }
}
