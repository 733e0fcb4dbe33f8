package org.roundtable.report.datareturn;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.referral.Ethnicity;
import org.roundtable.referral.ReferralDraft;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.referral.YesNoNotKnown;

/**
 * How a person merged after a referral, and a referral withdrawn after being heard, move the return (the rule in
 * docs/reports.md). Meetings are in the second quarter of 2013, which no other test uses.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class MergesAndWithdrawalsTest {

    private static final String Q2 = "?period=quarter&year=2013&quarter=2";

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures conference;

    @Inject
    ReturnFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    /** A complete MARAC draft with no alleged perpetrator recorded (so that any repeat rule links the two referrals). */
    private ReferralDraft draft(String first, String last, LocalDate born, ReferralDraft.Equality equality) {
        ReferralDraft d = referrals.completeMaracDraft(first, last, born);
        return new ReferralDraft(d.victim(), null, true, List.of(), d.children(), d.incidentSummary(), d.answers(), d.answerNotes(),
                d.professionalJudgement(), d.professionalJudgementReasons(), d.policeIncidents12Months(), d.consent(), d.consentReason(),
                d.officerName(), equality, null);
    }

    private static Map<String, Object> row(String date) {
        return given().get("/api/v1/reports/marac-data-return" + Q2).then().statusCode(200).extract().jsonPath()
                .getMap("find { it.meetingDate == '" + date + "' }");
    }

    @Test
    void aVictimMergedAfterTheReferralMovesItsRepeatAndAgeCountsButNotTheCaseOrItsCodedAnswers() {
        ReferralFixtures.Partnership p = referrals.partnership();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String earlier = conference.acceptedCase(p, identity, draft("Leah", "Marsh", LocalDate.of(1995, 2, 1), null));
        referrals.markHeard(earlier, today.minusDays(30));
        // The same woman referred again with her name misspelt and her date of birth mistyped: a new person record, 17 years old.
        String later = conference.acceptedCase(p, identity, draft("Leah", "Marsch", today.minusYears(17).minusMonths(2),
                new ReferralDraft.Equality(Ethnicity.BLACK_AFRICAN, YesNoNotKnown.YES, null)));
        UUID meeting = fixtures.meeting(LocalDateTime.of(2013, 5, 9, 10, 0), "HELD");
        fixtures.heard(meeting, UUID.fromString(later));

        p.signInCoordinator(identity);
        Map<String, Object> before = row("2013-05-09");
        assertEquals(List.of(1, 0, 1, 1, 1), List.of(before.get("casesDiscussed"), before.get("repeatCases"), before.get("aged16To17"),
                before.get("black"), before.get("disabled")), "two people on record: not a repeat, a 17-year-old victim");

        String survivor = given().get("/api/v1/referrals/" + earlier).then().extract().path("victim.id");
        String merged = given().get("/api/v1/referrals/" + later).then().extract().path("victim.id");
        String mergeId = given().contentType("application/json")
                .body(Map.of("survivorId", survivor, "mergedId", merged, "reason", "Same woman: misspelt surname, mistyped birth date"))
                .post("/api/v1/people/merges").then().statusCode(201).extract().path("id");
        Map<String, Object> after = row("2013-05-09");
        assertEquals(List.of(1, 1, 0, 1, 1), List.of(after.get("casesDiscussed"), after.get("repeatCases"), after.get("aged16To17"),
                after.get("black"), after.get("disabled")),
                "one person now: the referral is a repeat, her age is the surviving record's (over 30); the case and its answers stay");

        given().contentType("application/json").body(Map.of("reason", "Different people after all"))
                .post("/api/v1/people/merges/" + mergeId + "/undo").then().statusCode(200);
        Map<String, Object> undone = row("2013-05-09");
        assertEquals(List.of(1, 0, 1), List.of(undone.get("casesDiscussed"), undone.get("repeatCases"), undone.get("aged16To17")),
                "undoing the merge moves them back");
    }

    @Test
    void aReferralHeardThenWithdrawnStaysCountedWhereItWasHeardAndOneWithdrawnBeforeItsHearingIsNot() {
        ReferralFixtures.Partnership p = referrals.partnership();
        String heard = conference.acceptedCase(p, identity, draft("Nadia", "Quinn", LocalDate.of(1990, 8, 8), null));
        referrals.markHeard(heard, LocalDate.of(2013, 6, 13));
        UUID meeting = fixtures.meeting(LocalDateTime.of(2013, 6, 13, 10, 0), "HELD");
        fixtures.heard(meeting, UUID.fromString(heard));
        String deferred = conference.acceptedCase(p, identity, draft("Orla", "Quinn", LocalDate.of(1991, 9, 9), null));
        fixtures.deferred(meeting, UUID.fromString(deferred));

        p.signInCoordinator(identity);
        assertEquals(1, row("2013-06-13").get("casesDiscussed"));

        // The lifecycle has no way from heard to withdrawn: a heard case is closed, not withdrawn.
        int version = given().get("/api/v1/referrals/" + heard).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("to", "WITHDRAWN", "reason", "The victim asked us to stop")).post("/api/v1/referrals/" + heard + "/transitions")
                .then().statusCode(409);
        // Even if a correction of the data marks it withdrawn, the meeting did hear it: the return counts what was heard.
        fixtures.setState(UUID.fromString(heard), "WITHDRAWN");
        // The deferred case is withdrawn before any hearing: it was never discussed, so it never counts.
        version = given().get("/api/v1/referrals/" + deferred).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("to", "WITHDRAWN", "reason", "The victim moved out of the area")).post("/api/v1/referrals/" + deferred + "/transitions")
                .then().statusCode(200);
        Map<String, Object> row = row("2013-06-13");
        assertEquals(1, row.get("casesDiscussed"));
        assertEquals(1, ((Map<?, ?>) row.get("casesBySource")).get("HOUSING"), "the housing referrer's case");
    }
}
