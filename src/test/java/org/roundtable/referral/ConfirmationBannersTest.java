package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/** A form that worked ends on a page with a GOV.UK success banner saying what happened, once. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class ConfirmationBannersTest {

    private static final String BANNER = "govuk-notification-banner--success";

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Test
    void acceptingAReferralOnItsPageSaysItWasAccepted() {
        var p = fixtures.partnership();
        p.signInReferrer(identity);
        String id = given().contentType("application/json")
                .body(Map.of("kind", "MARAC", "draft", fixtures.completeMaracDraft("Nadia", "Banner", LocalDate.of(1990, 3, 4))))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
        p.signInCoordinator(identity);
        String page = "/cases/" + id;
        assertFalse(given().accept("text/html").get(page).asString().contains(BANNER), "no banner before anything happened");
        int version = given().get("/api/v1/referrals/" + id).then().extract().path("version");

        var accepted = Forms.post(page, page + "/transitions", Map.of("to", "ACCEPTED", "version", String.valueOf(version)));

        assertEquals(303, accepted.statusCode(), accepted.asString());
        String after = given().accept("text/html").get(accepted.header("Location")).asString();
        assertTrue(after.contains(BANNER) && after.contains("Referral accepted. It is ready to be listed on a meeting&#39;s agenda."),
                after);
        assertEquals(1, after.split("data-testid=\"confirmation\"", -1).length - 1, "one banner");
    }

    @Test
    void savingSettingsSaysWhichSettingsWereSaved() {
        Identities.signIn(identity, "admin-banner", "Ada Admin", "ASBTEAM", "admin");
        String form = "/admin/settings/SARAC";
        String typed = given().accept("text/html").get(form).asString();
        String version = typed.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        var saved = Forms.post(form, form, Map.of("escalationIncidents", "3", "escalationMonths", "12", "repeatWindowMonths", "12",
                "communityTriggerComplaints", "3", "communityTriggerMonths", "6", "repeatAnchor", "LAST_REFERRAL", "repeatSamePerpetrator", "yes",
                "version", version));

        assertEquals(303, saved.statusCode(), saved.asString());
        String after = given().accept("text/html").get(saved.header("Location")).asString();
        assertTrue(after.contains(BANNER) && after.contains("SARAC settings saved"), after);
    }
}
