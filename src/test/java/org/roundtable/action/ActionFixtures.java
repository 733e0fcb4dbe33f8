package org.roundtable.action;

import static io.restassured.RestAssured.given;

import io.quarkus.test.security.TestIdentityAssociation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;
import org.roundtable.user.SignIn;
import org.roundtable.user.UserService;

/** A running MARAC meeting that sets actions, and the owning agencies' people, for action and reminder tests. */
@ApplicationScoped
public class ActionFixtures {

    /** A meeting in progress with one case on it; {@code item} is the case's agenda item. */
    public record Running(ReferralFixtures.Partnership p, String referralId, String meetingId, String item) {
    }

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures conferences;

    @Inject
    UserService users;

    public Running meetingInProgress(TestIdentityAssociation identity, String lastName) {
        ReferralFixtures.Partnership p = referrals.partnership();
        conferences.closeOtherCases();
        String referral = conferences.acceptedCase(p, identity, conferences.draft("Ivy", lastName + p.housing(), 16, 0, false));
        String meeting = published(p, identity, 7);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/start").then().statusCode(200);
        String item = given().get("/api/v1/meetings/" + meeting + "/record").then().statusCode(200).extract()
                .path("cases.find { it.referral.id == '" + referral + "' }.itemId");
        return new Running(p, referral, meeting, item);
    }

    public String published(ReferralFixtures.Partnership p, TestIdentityAssociation identity, int daysAhead) {
        String meeting = conferences.meeting(p, identity, daysAhead);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        int version = given().get("/api/v1/meetings/" + meeting).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .post("/api/v1/meetings/" + meeting + "/agenda/publish").then().statusCode(200);
        return meeting;
    }

    /** The chair sets an action on the running meeting's case; returns its id. */
    public String setAction(TestIdentityAssociation identity, Running running, String owner, String what, int dueInDays) {
        ConferenceFixtures.asChair(running.p(), identity);
        return given().contentType("application/json").body(Map.of("owner", owner, "description", what, "dueOn",
                LocalDate.now().plusDays(dueInDays).toString()))
                .post("/api/v1/meetings/" + running.meetingId() + "/agenda/items/" + running.item() + "/actions")
                .then().statusCode(201).extract().path("id");
    }

    /** The single point of contact of an agency, known to Roundtable with an email address. */
    public String spoc(String agency) {
        String subject = "spoc-" + agency;
        users.recordSignIn(new SignIn(subject, subject, "Aisha Rahman", subject + "@test.example", agency, List.of("agency-spoc")));
        return subject;
    }

    /** A colleague of an agency (a referrer), known to Roundtable with an email address. */
    public String colleague(String agency, String name) {
        String subject = "officer-" + name.toLowerCase().replace(' ', '-') + "-" + agency;
        users.recordSignIn(new SignIn(subject, subject, name, subject + "@test.example", agency, new ArrayList<>(List.of("referrer"))));
        return subject;
    }

    public static void signInSpoc(TestIdentityAssociation identity, String agency) {
        Identities.signIn(identity, "spoc-" + agency, "Aisha Rahman", agency, "agency-spoc");
    }

    public static void signInAs(TestIdentityAssociation identity, String subject, String name, String agency, String... roles) {
        Identities.signIn(identity, subject, name, agency, roles);
    }
}
