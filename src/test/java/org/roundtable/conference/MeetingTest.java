package org.roundtable.conference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.referral.ReferralFixtures;

/** The chair's meeting: attendance, notes, actions, decisions, review of earlier actions, minutes and extracts. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class MeetingTest {

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    EntityManager entityManager;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = referrals.partnership();
        fixtures.closeOtherCases();
    }

    /** A published and started meeting holding these accepted cases; returns the meeting id. */
    private String startedMeetingWith(int daysAhead) {
        String meeting = fixtures.meeting(p, identity, daysAhead);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        int version = given().get("/api/v1/meetings/" + meeting).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version)).post("/api/v1/meetings/" + meeting + "/agenda/publish").then().log().ifValidationFails().statusCode(200);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/start").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        return meeting;
    }

    private String item(String meeting, String referralId) {
        return given().get("/api/v1/meetings/" + meeting + "/record").then().statusCode(200).extract()
                .path("cases.find { it.referral.id == '" + referralId + "' }.itemId");
    }

    private void action(String meeting, String item, String owner, String what) {
        given().contentType("application/json").body(Map.of("owner", owner, "description", what, "dueOn", LocalDate.now().plusDays(14).toString()))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/actions").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("ownerAgencyCode", equalTo(owner));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void aMeetingHearsCasesSetsActionsAndAReviewBringsTheOpenActionsBack() throws IOException {
        String reviewed = fixtures.acceptedCase(p, identity, fixtures.draft("Iris", "Meeting" + p.housing(), 16, 1, false));
        String closed = fixtures.acceptedCase(p, identity, fixtures.draft("June", "Meeting" + p.housing(), 15, 0, false));
        String meeting = startedMeetingWith(7);
        String sharedAbout = item(meeting, reviewed);
        org.roundtable.support.Identities.signIn(identity, "spoc-" + p.housing(), "Aisha Rahman", p.housing(), "agency-spoc");
        given().contentType("application/json").body(Map.of("known", true, "summary", "Tenant since 2019",
                "involvement", "Neighbourhood officer visits monthly", "risks", "Rent arrears"))
                .put("/api/v1/meetings/" + meeting + "/agenda/items/" + sharedAbout + "/research").then().statusCode(200);
        ConferenceFixtures.asChair(p, identity);

        given().contentType("application/json").body(Map.of("agency", p.housing(), "name", "Aisha Rahman"))
                .post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201);
        String attendee = given().contentType("application/json").body(Map.of("agency", p.idva(), "name", "Priya Shah"))
                .post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(201).extract().path("find { it.name == 'Priya Shah' }.id");
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/attendees/" + attendee + "/acknowledgement").then().statusCode(200)
                .body("find { it.name == 'Priya Shah' }.acknowledgedAt", org.hamcrest.Matchers.notNullValue());
        given().contentType("application/json").body(Map.of("note", "Clinic day")).put("/api/v1/meetings/" + meeting + "/apologies/" + p.health())
                .then().statusCode(200).body("[0].agencyCode", equalTo(p.health()));
        given().contentType("application/json").body(Map.of("agency", p.fire(), "name", "Fred Fire"))
                .post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(400).body("errors[0].field", equalTo("agency"));
        given().contentType("application/json").body(Map.of("agency", p.idva(), "name", "N".repeat(300)))
                .post("/api/v1/meetings/" + meeting + "/attendees").then().statusCode(400)
                .body("errors[0].message", equalTo("The attendee's name must be 255 characters or fewer"));
        given().contentType("application/json").body(Map.of("note", "Sent apologies too")).put("/api/v1/meetings/" + meeting + "/apologies/"
                + p.idva()).then().statusCode(400).body("errors[0].message", containsString("Someone from this agency is attending"));

        String reviewedItem = item(meeting, reviewed);
        action(meeting, reviewedItem, p.housing(), "Fit a door entry system and change the locks");
        action(meeting, reviewedItem, p.idva(), "Safety plan with the victim within 2 days");
        given().contentType("application/json").body(Map.of("owner", p.fire(), "description", "Fit smoke alarms",
                "dueOn", LocalDate.now().plusDays(7).toString())).post("/api/v1/meetings/" + meeting + "/agenda/items/" + reviewedItem
                + "/actions").then().statusCode(400).body("errors[0].field", equalTo("owner"));
        given().contentType("application/json").body(Map.of("owner", p.idva(), "description", "Backdated", "dueOn", "2020-01-01"))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + reviewedItem + "/actions").then().statusCode(400)
                .body("errors[0].field", equalTo("dueOn")).body("errors[0].message", equalTo("The date the action is due must be today or in the future"));
        given().contentType("application/json").body(Map.of("decision", "UNDER_REVIEW")).post("/api/v1/meetings/" + meeting
                + "/agenda/items/" + reviewedItem + "/decision").then().statusCode(400).body("errors[0].field", equalTo("nextReviewOn"));
        given().contentType("application/json").body(Map.of("decision", "UNDER_REVIEW", "nextReviewOn", "2020-01-01"))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + reviewedItem + "/decision").then().statusCode(400)
                .body("errors[0].field", equalTo("nextReviewOn")).body("errors[0].message", equalTo("The next review date must be in the future"));
        given().contentType("application/json").body(Map.of("decision", "UNDER_REVIEW", "nextReviewOn", LocalDate.now().plusDays(20).toString(),
                "minutesSpent", 12)).post("/api/v1/meetings/" + meeting + "/agenda/items/" + reviewedItem + "/decision").then().statusCode(200)
                .body("cases.find { it.referral.id == '" + reviewed + "' }.newActions", hasSize(2));
        String closedItem = item(meeting, closed);
        action(meeting, closedItem, p.health(), "GP to review medication");
        given().contentType("application/json").body(Map.of("decision", "REFERRED_ELSEWHERE", "reason", "Moved to Luton: referred to Luton MARAC"))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + closedItem + "/decision").then().statusCode(200);

        p.signInCoordinator(identity);
        given().get("/api/v1/referrals/" + reviewed).then().body("state", equalTo("UNDER_REVIEW"))
                .body("history.to", equalTo(List.of("SUBMITTED", "ACCEPTED", "LISTED", "HEARD", "UNDER_REVIEW")));
        given().get("/api/v1/referrals/" + closed).then().body("state", equalTo("CLOSED"))
                .body("history[-1].reason", equalTo("Referred elsewhere: Moved to Luton: referred to Luton MARAC"));
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/end").then().statusCode(200).body("status", equalTo("HELD"));

        byte[] minutes = given().get("/api/v1/meetings/" + meeting + "/minutes.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = pdfText(minutes);
        assertTrue(text.contains("OFFICIAL-SENSITIVE"), text);
        assertTrue(text.contains("Aisha Rahman") && text.contains("Priya Shah"), "attendees: " + text);
        assertTrue(text.contains("Fit a door entry system") && text.contains("GP to review medication"), "actions: " + text);
        assertTrue(text.contains("Tenant since 2019 Involvement: Neighbourhood officer visits monthly Risks: Rent arrears"),
                "what each agency shared, all of it: " + text);
        String reviewedReference = given().get("/api/v1/referrals/" + reviewed).then().extract().path("reference");
        String closedReference = given().get("/api/v1/referrals/" + closed).then().extract().path("reference");
        String healthExtract = pdfText(given().get("/api/v1/meetings/" + meeting + "/minutes/extracts/" + p.health() + ".pdf").then()
                .statusCode(200).extract().asByteArray());
        assertTrue(healthExtract.contains(closedReference) && healthExtract.contains("GP to review medication"), healthExtract);
        assertFalse(healthExtract.contains(reviewedReference) || healthExtract.contains("door entry"), "no other agency's case: " + healthExtract);
        given().get("/api/v1/meetings/" + meeting + "/minutes/extracts/NOSUCHAGENCY.pdf").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No agency has the short code NOSUCHAGENCY"));

        // The case under review comes back when its review is due, with its open actions to review first.
        String later = startedMeetingWith(21);
        String laterItem = item(later, reviewed);
        var record = given().get("/api/v1/meetings/" + later + "/record").then().statusCode(200);
        List<String> open = record.extract().path("cases.find { it.referral.id == '" + reviewed + "' }.earlierActions.id");
        assertEquals(2, open.size());
        given().contentType("application/json").body(Map.of("decision", "CLOSED", "reason", "Risk reduced"))
                .post("/api/v1/meetings/" + later + "/agenda/items/" + laterItem + "/decision").then().statusCode(400)
                .body("errors[0].message", equalTo("Review the 2 open actions from earlier meetings before deciding"));
        given().contentType("application/json").header("If-Match", "0").body(Map.of("status", "IN_PROGRESS", "note", "Locksmith booked"))
                .put("/api/v1/meetings/" + later + "/actions/" + open.get(0)).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().contentType("application/json").header("If-Match", "0").body(Map.of("status", "NOT_DONE"))
                .put("/api/v1/meetings/" + later + "/actions/" + open.get(1)).then().statusCode(400);
        given().contentType("application/json").header("If-Match", "0").body(Map.of("status", "NOT_DONE", "category", "AGENCY_DID_NOT_ACT",
                "note", "No IDVA allocated")).put("/api/v1/meetings/" + later + "/actions/" + open.get(1)).then().statusCode(200)
                .body("notDoneCategory", equalTo("AGENCY_DID_NOT_ACT")).body("updates", hasSize(2))
                .body("updates[0].note", equalTo("Set at the meeting"));
        given().contentType("application/json").body(Map.of("decision", "CLOSED", "reason", "Risk reduced"))
                .post("/api/v1/meetings/" + later + "/agenda/items/" + laterItem + "/decision").then().statusCode(200);
        given().get("/api/v1/referrals/" + reviewed).then().body("state", equalTo("CLOSED"));
    }

    @Test
    void anExtractHoldsOnlyTheCasesItsAgencyMaySeeAndNeverADeferredOne() throws IOException {
        String heard = fixtures.acceptedCase(p, identity, fixtures.draft("Lia", "Extract" + p.housing(), 15, 0, false));
        String deferred = fixtures.acceptedCase(p, identity, fixtures.draft("Mae", "Extract" + p.housing(), 14, 0, false));
        String meeting = fixtures.meeting(p, identity, 7);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/meetings/" + meeting + "/agenda/publish").then()
                .statusCode(200);
        String deferredItem = given().get("/api/v1/meetings/" + meeting + "/agenda").then().extract()
                .path("items.find { it.referral.id == '" + deferred + "' }.itemId");
        given().contentType("application/json").body(Map.of("reason", "Victim in hospital")).post("/api/v1/meetings/" + meeting
                + "/agenda/items/" + deferredItem + "/defer").then().statusCode(200);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/start").then().statusCode(200);
        String heardItem = item(meeting, heard);
        action(meeting, heardItem, p.health(), "GP to see the victim this week");
        given().contentType("application/json").body(Map.of("decision", "CLOSED")).post("/api/v1/meetings/" + meeting + "/agenda/items/"
                + heardItem + "/decision").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType("application/json").body(Map.of("decision", "CLOSED", "reason", "Safety plan in place"))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + heardItem + "/decision").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/end").then().statusCode(200);
        String heardReference = given().get("/api/v1/referrals/" + heard).then().extract().path("reference");
        String deferredReference = QuarkusTransaction.requiringNew().call(() -> entityManager.find(org.roundtable.referral.Referral.class,
                java.util.UUID.fromString(deferred)).reference);

        String fireExtract = pdfText(given().get("/api/v1/meetings/" + meeting + "/minutes/extracts/" + p.fire() + ".pdf").then()
                .statusCode(200).extract().asByteArray());
        assertFalse(fireExtract.contains(heardReference) || fireExtract.contains(deferredReference),
                "an agency outside the conference gets no case: " + fireExtract);

        org.roundtable.support.Identities.signIn(identity, "spoc-" + p.health(), "Hana Spoc", p.health(), "agency-spoc");
        String ownExtract = pdfText(given().get("/api/v1/meetings/" + meeting + "/minutes/extracts/" + p.health() + ".pdf").then()
                .statusCode(200).extract().asByteArray());
        assertTrue(ownExtract.contains(heardReference) && ownExtract.contains("GP to see the victim this week"), ownExtract);
        assertFalse(ownExtract.contains(deferredReference), "a deferred case is not this meeting's: " + ownExtract);
    }

    @Test
    void twoPeopleSavingTheSameNotesGetA409AndBothVersionsAreKeptAndApprovedMinutesAreFrozen() {
        String listed = fixtures.acceptedCase(p, identity, fixtures.draft("Kay", "Notes" + p.housing(), 15, 0, false));
        String meeting = startedMeetingWith(7);
        String item = item(meeting, listed);

        p.signInCoordinator(identity);
        given().contentType("application/json").header("If-Match", "0").body(Map.of("notes", "Police: bail conditions end Friday."))
                .put("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/notes").then().statusCode(200).body("notesVersion", equalTo(1));
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").header("If-Match", "0").body(Map.of("notes", "Housing: move offered."))
                .put("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/notes").then().statusCode(409)
                .contentType("application/problem+json")
                .body("current.theirs", equalTo("Police: bail conditions end Friday."))
                .body("current.yours", equalTo("Housing: move offered.")).body("current.theirsBy", equalTo("Ben Carter"));
        Number kept = (Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from agenda_item_notes_conflict where agenda_item_id = cast(:item as uuid) and notes = 'Housing: move offered.'")
                .setParameter("item", item).getSingleResult());
        assertEquals(1, kept.intValue(), "the refused version is kept");
        given().get("/api/v1/meetings/" + meeting + "/record").then()
                .body("cases[0].notes", equalTo("Police: bail conditions end Friday.")).body("cases[0].notesVersion", equalTo(1));

        given().contentType("application/json").body(Map.of("decision", "CLOSED", "reason", "Victim safe in refuge"))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/decision").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/minutes/approval").then().statusCode(409);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/end").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/minutes/approval").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo("Ruth Miller"));
        given().contentType("application/json").header("If-Match", "1").body(Map.of("notes", "Changed after approval"))
                .put("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/notes").then().statusCode(409);
        given().contentType("application/json").body(Map.of("text", "Housing attended: add to the attendees."))
                .post("/api/v1/meetings/" + meeting + "/minutes/amendments").then().statusCode(200)
                .body("[0].text", equalTo("Housing attended: add to the attendees.")).body("[0].byName", equalTo("Ruth Miller"));
    }
}
