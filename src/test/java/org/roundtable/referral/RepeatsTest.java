package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditEvent;
import org.roundtable.audit.AuditQuery;
import org.roundtable.audit.AuditService;
import org.roundtable.checklist.ChecklistService;
import org.roundtable.checklist.RepeatAnchor;
import org.roundtable.checklist.SettingsService;
import org.roundtable.person.PersonForm;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;
import org.roundtable.web.Clocks;

/**
 * Repeats as SafeLives counts them, through the API and the case page, on a fixed clock: Eleanor is referred to MARAC
 * about Kevin on 10 March 2025 and accepted; what follows is or is not a repeat of that referral.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class RepeatsTest {

    private static final LocalDate BORN = LocalDate.of(1987, 9, 9);
    private static final LocalDate KEVIN_BORN = LocalDate.of(1985, 4, 2);

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    AuditService audit;

    @Inject
    RepeatRuleChanges ruleChanges;

    @Inject
    SettingsService settings;

    @Inject
    ChecklistService checklists;

    @Inject
    EntityManager entityManager;

    private ReferralFixtures.Partnership p;

    /** The audit row holds no free text: it names the decision, whose reason stays in referral_repeat_decision. */
    private String decisionReason(String detail) {
        assertTrue(detail.matches(".*; decision \\d+$"), detail);
        long id = Long.parseLong(detail.substring(detail.lastIndexOf(' ') + 1));
        return (String) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select reason from referral_repeat_decision where id = :id").setParameter("id", id).getSingleResult());
    }
    private String surname;

    /** The first referral: its id, reference, victim and alleged perpetrator. */
    private record First(String id, String reference, String victimId, String kevinId) {
    }

    @BeforeEach
    void partnership() {
        p = fixtures.partnership();
        surname = "Repeat" + p.housing();
    }

    /** Ten in the morning, London time, on that day, for every clock read in the application until the test ends. */
    private static void today(int year, int month, int day) {
        QuarkusMock.installMockForType(Clock.fixed(LocalDateTime.of(year, month, day, 10, 0).atZone(Clocks.LONDON).toInstant(),
                Clocks.LONDON), Clock.class);
    }

    private ValidatableResponse submit(String kind, ReferralDraft draft) {
        p.signInReferrer(identity);
        String id = given().contentType("application/json").body(Map.of("kind", kind, "draft", draft))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        return given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then();
    }

    /** Eleanor's first MARAC referral, about Kevin, submitted today by the clock. */
    private First first() {
        var submitted = submit("MARAC", fixtures.completeMaracDraft("Eleanor", surname, BORN)).statusCode(200);
        return new First(submitted.extract().path("id"), submitted.extract().path("reference"), submitted.extract().path("victim.id"),
                submitted.extract().path("perpetrators[0].person.id"));
    }

    private First acceptedFirst() {
        First first = first();
        move(first.id(), Map.of("to", "ACCEPTED"));
        return first;
    }

    private void move(String id, Map<String, String> transition) {
        p.signInCoordinator(identity);
        given().contentType("application/json").header("If-Match", String.valueOf(version(id))).body(transition)
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);
    }

    private static int version(String id) {
        return given().get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("version");
    }

    private ReferralDraft.Perpetrator kevin(First first) {
        return new ReferralDraft.Perpetrator(PersonForm.named("Kevin", surname, KEVIN_BORN, null), "Ex-partner",
                UUID.fromString(first.kevinId()), null);
    }

    private ReferralDraft.Perpetrator darren() {
        return new ReferralDraft.Perpetrator(PersonForm.named("Darren", "Other" + surname, LocalDate.of(1990, 6, 1), null), "Partner");
    }

    /** A new referral about Eleanor that meets no criterion but a repeat: every answer no, no judgement, one incident. */
    private ReferralDraft lowRisk(First first, LocalDate incidentOn, List<ReferralDraft.Perpetrator> perpetrators) {
        Map<String, String> no = new HashMap<>();
        checklists.current("DASH_RIC").definition().questions().forEach(q -> no.put(q.id(), "NO"));
        return new ReferralDraft(null, UUID.fromString(first.victimId()), false, perpetrators, List.of(),
                "Further incident: shouting in the street.", no, Map.of(), false, null, 1, ReferralDraft.Consent.GIVEN, null, null,
                null, incidentOn);
    }

    /** A new referral about Eleanor that meets the criteria on its score. */
    private ReferralDraft highRisk(First first, LocalDate incidentOn, List<ReferralDraft.Perpetrator> perpetrators) {
        ReferralDraft high = fixtures.completeMaracDraft("Eleanor", surname, BORN);
        return new ReferralDraft(null, UUID.fromString(first.victimId()), false, perpetrators, List.of(), high.incidentSummary(),
                high.answers(), Map.of(), false, null, 1, ReferralDraft.Consent.GIVEN, null, null, null, incidentOn);
    }

    private static ValidatableResponse decide(String id, String decision, String reason) {
        Map<String, String> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        return given().contentType("application/json").header("If-Match", String.valueOf(version(id))).body(body)
                .put("/api/v1/referrals/" + id + "/repeat").then();
    }

    @Test
    void onTheLastDayOfTheWindowItIsARepeatWhateverTheScoreAndTheDayAfterItIsNot() {
        today(2025, 3, 10);
        First first = acceptedFirst();

        today(2026, 3, 10);
        submit("MARAC", lowRisk(first, null, List.of(kevin(first)))).statusCode(200)
                .body("score.total", equalTo(0)).body("repeat.earlierReference", equalTo(first.reference()))
                .body("repeat.anchor", equalTo("LAST_REFERRAL")).body("repeat.anchoredOn", equalTo("2025-03-10"))
                .body("repeatOverride", nullValue());

        today(2026, 3, 11);
        submit("MARAC", lowRisk(first, null, List.of(kevin(first)))).statusCode(400).body("errors[0].field", equalTo("criteria"));
        submit("MARAC", highRisk(first, null, List.of(kevin(first)))).statusCode(200).body("repeat", nullValue());

        today(2026, 4, 20);
        String late = submit("MARAC", lowRisk(first, LocalDate.of(2026, 3, 10), List.of(kevin(first)))).statusCode(200)
                .body("incidentDate", equalTo("2026-03-10")).body("repeat.earlierReference", equalTo(first.reference()))
                .extract().path("id");
        given().accept("text/html").get("/cases/" + late).then().statusCode(200)
                .body(containsString("Referred to MARAC on 10 March 2025")).body(containsString(first.reference()))
                .body(containsString("<dd class=\"govuk-summary-list__value\" data-testid=\"incident-date\">10 March 2026</dd>"));
    }

    @Test
    void theSameVictimWithADifferentPerpetratorIsARepeatOnlyOnceTheTwoRecordsAreMerged() {
        today(2025, 3, 10);
        First first = acceptedFirst();
        today(2025, 9, 1);
        var later = submit("MARAC", highRisk(first, null, List.of(darren()))).statusCode(200).body("repeat", nullValue());
        String laterId = later.extract().path("id");
        String darrenId = later.extract().path("perpetrators[0].person.id");

        p.signInCoordinator(identity);
        String merge = given().contentType("application/json").body(Map.of("survivorId", first.kevinId(), "mergedId", darrenId,
                "reason", "Kevin gives the name Darren; same date of birth on the police record")).post("/api/v1/people/merges")
                .then().statusCode(201).extract().path("id");
        given().get("/api/v1/referrals/" + laterId).then().body("repeat.earlierReference", equalTo(first.reference()));

        given().contentType("application/json").body(Map.of("reason", "Two different men after all"))
                .post("/api/v1/people/merges/" + merge + "/undo").then().statusCode(200);
        given().get("/api/v1/referrals/" + laterId).then().body("repeat", nullValue());
    }

    @Test
    void noPerpetratorRecordedOnTheNewReferralIsARepeatOfTheSameVictim() {
        today(2025, 3, 10);
        First first = acceptedFirst();
        today(2025, 9, 1);
        submit("MARAC", lowRisk(first, null, List.of())).statusCode(200).body("perpetrators", equalTo(List.of()))
                .body("repeat.earlierReference", equalTo(first.reference()));
    }

    @Test
    void anEarlierReferralCountsOnlyWhileItStandsAccepted() {
        today(2025, 3, 10);
        First screenedOut = first();
        move(screenedOut.id(), Map.of("to", "SCREENED_OUT", "reason", "Standard risk", "signposting", "Local outreach service"));
        today(2025, 4, 1);
        String second = submit("MARAC", highRisk(screenedOut, null, List.of(kevin(screenedOut)))).statusCode(200)
                .body("repeat", nullValue()).extract().path("id");

        today(2025, 5, 1);
        String third = submit("MARAC", highRisk(screenedOut, null, List.of(kevin(screenedOut)))).statusCode(200)
                .body("repeat", nullValue()).extract().path("id");
        move(second, Map.of("to", "ACCEPTED"));
        given().get("/api/v1/referrals/" + third).then().body("repeat.earlierReferralId", equalTo(second))
                .body("repeat.anchoredOn", equalTo("2025-04-01"));

        move(second, Map.of("to", "WITHDRAWN", "reason", "Sent to the wrong conference"));
        given().get("/api/v1/referrals/" + third).then().body("repeat", nullValue());
    }

    @Test
    void aCoordinatorsAnswerStandsThroughRecomputationUntilItIsHandedBackToTheRule() {
        today(2025, 3, 10);
        First first = acceptedFirst();
        today(2025, 8, 4);
        String later = submit("MARAC", highRisk(first, null, List.of(kevin(first)))).statusCode(200)
                .body("repeat.earlierReference", equalTo(first.reference())).extract().path("id");

        decide(later, "NOT_A_REPEAT", "Checked with the IDVA: a separate dispute").statusCode(403);
        p.signInCoordinator(identity);
        decide(later, "NOT_A_REPEAT", " ").statusCode(400).body("errors.field", equalTo(List.of("reason")));
        decide(later, null, "Checked").statusCode(400).body("errors.field", equalTo(List.of("decision")));
        decide(later, "BY_THE_RULE", "Nothing to clear").statusCode(409);
        given().contentType("application/json").header("If-Match", String.valueOf(version(later) - 1))
                .body(Map.of("decision", "NOT_A_REPEAT", "reason", "Stale")).put("/api/v1/referrals/" + later + "/repeat").then()
                .statusCode(409);
        decide(later, "NOT_A_REPEAT", "Checked with the IDVA: a separate dispute").statusCode(200).body("repeat", nullValue())
                .body("repeatOverride.repeat", equalTo(false)).body("repeatOverride.reason", equalTo("Checked with the IDVA: a separate dispute"))
                .body("repeatOverride.by", equalTo("Ben Carter")).body("repeatOverride.ruleSaysRepeat", equalTo(true))
                .body("repeatOverride.at", equalTo("2025-08-04T09:00:00Z"));

        // Accepting it and a further referral about Eleanor both work the repeats out again: the answer stands.
        move(later, Map.of("to", "ACCEPTED"));
        today(2025, 10, 1);
        submit("MARAC", highRisk(first, null, List.of(kevin(first)))).statusCode(200)
                .body("repeat.earlierReferralId", equalTo(later));
        p.signInCoordinator(identity);
        given().get("/api/v1/referrals/" + later).then().body("repeat", nullValue()).body("repeatOverride.repeat", equalTo(false));
        given().accept("text/html").get("/cases/" + later).then().statusCode(200)
                .body(containsString("Ben Carter cleared the repeat flag on 4 Aug 2025 10:00: Checked with the IDVA: a separate dispute"))
                .body(containsString("Roundtable's rule would count it as a repeat"));

        decide(later, "BY_THE_RULE", "The IDVA confirmed the same abuser").statusCode(200)
                .body("repeat.earlierReference", equalTo(first.reference())).body("repeatOverride", nullValue());
        List<String> actions = audit.search(new AuditQuery(null, null, ReferralService.ENTITY, later, null, null)).stream()
                .filter(e -> e.action.startsWith("referral.repeat")).map(e -> e.action + ": " + decisionReason(e.detail)).toList();
        assertEquals(List.of("referral.repeat-by-rule: The IDVA confirmed the same abuser",
                "referral.repeat-cleared: Checked with the IDVA: a separate dispute"), actions);

        decide(first.id(), "REPEAT", "Heard at the Bedford MARAC in January").statusCode(200)
                .body("repeat.earlierReferralId", nullValue()).body("repeatOverride.repeat", equalTo(true))
                .body("repeatOverride.ruleSaysRepeat", equalTo(false));
        given().accept("text/html").get("/cases/" + first.id()).then().statusCode(200)
                .body(containsString("Set as a repeat by Ben Carter on 1 Oct 2025 10:00: Heard at the Bedford MARAC in January"));
    }

    @Test
    void aCoordinatorAnswersOnTheCasePageAndAReferrerSeesTheAnswerButNoForm() {
        today(2025, 3, 10);
        First first = acceptedFirst();
        p.signInCoordinator(identity);
        String page = "/cases/" + first.id();
        given().accept("text/html").get(page).then().statusCode(200).body(containsString("data-testid=\"repeat-decision\""))
                .body(not(containsString("value=\"BY_THE_RULE\"")));

        var missing = Forms.post(page, page + "/repeat", Map.of("repeatDecision", "REPEAT", "repeatReason", "",
                "version", String.valueOf(version(first.id()))));
        assertEquals(400, missing.statusCode());
        assertTrue(missing.asString().contains("<a href=\"#repeatReason\">Give the reason for your answer</a>"), missing.asString());
        assertTrue(missing.asString().contains("value=\"REPEAT\" checked"), "the choice is kept");

        var saved = Forms.post(page, page + "/repeat", Map.of("repeatDecision", "REPEAT", "repeatReason", "Known to Luton MARAC",
                "version", String.valueOf(version(first.id()))));
        assertEquals(303, saved.statusCode());
        given().accept("text/html").get(page).then().body(containsString("Set as a repeat by Ben Carter"))
                .body(containsString("Known to Luton MARAC")).body(containsString("value=\"BY_THE_RULE\""));

        p.signInReferrer(identity);
        given().accept("text/html").get(page).then().statusCode(200).body(containsString("Known to Luton MARAC"))
                .body(not(containsString("data-testid=\"repeat-decision\"")));
    }

    @Test
    void asbracCountsTheSameVictimWhoeverTheAllegedPerpetrator() {
        assertEquals(RepeatAnchor.LAST_REFERRAL, settings.get(ConferenceKind.ASBRAC).repeatAnchor());
        assertEquals(false, settings.get(ConferenceKind.ASBRAC).repeatSamePerpetrator());
        assertEquals(true, settings.get(ConferenceKind.MARAC).repeatSamePerpetrator());
        today(2025, 3, 10);
        ReferralDraft marac = fixtures.completeMaracDraft("Eleanor", surname, BORN);
        var firstAsb = submit("ASBRAC", fixtures.asbDraft(marac.victim(), null, marac.perpetrators())).statusCode(200);
        String victimId = firstAsb.extract().path("victim.id");
        fixtures.signInAsbCoordinator(p, identity);
        String id = firstAsb.extract().path("id");
        given().contentType("application/json").header("If-Match", String.valueOf(version(id))).body(Map.of("to", "ACCEPTED"))
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);

        today(2026, 3, 10);
        submit("ASBRAC", fixtures.asbDraft(null, UUID.fromString(victimId), List.of(darren()))).statusCode(200)
                .body("repeat.earlierReference", equalTo(firstAsb.extract().path("reference")));
        today(2026, 3, 11);
        submit("ASBRAC", fixtures.asbDraft(null, UUID.fromString(victimId), List.of(darren()))).statusCode(200).body("repeat", nullValue());
    }

    @Test
    void changingTheRuleInTheSettingsWorksTheFlagsOutAgain() {
        today(2025, 3, 10);
        First first = acceptedFirst();
        today(2025, 9, 1);
        String later = submit("MARAC", highRisk(first, null, List.of(darren()))).statusCode(200).body("repeat", nullValue())
                .extract().path("id");

        Identities.signIn(identity, "admin-" + p.housing(), "Alex Morgan", "ASBTEAM", "admin");
        try {
            maracSamePerpetrator(false).body("repeatSamePerpetrator", equalTo(false)).body("repeatAnchor", equalTo("LAST_REFERRAL"));
            AuditEvent changed = audit.search(new AuditQuery(null, null, RepeatRuleChanges.ENTITY, "MARAC", null, null)).get(0);
            assertEquals("repeat.rule-changed", changed.action);
            assertTrue(changed.detail.matches("\\d+ repeat flags changed \\(\\d+ set, \\d+ cleared\\)\\. Before: 12 months after the last "
                    + "referral, sharing an alleged perpetrator\\. After: 12 months after the last referral, whoever the alleged "
                    + "perpetrator"), changed.detail);
            given().accept("text/html").get("/admin/settings").then()
                    .body(containsString("12 months after the last referral, whoever the alleged perpetrator"));
            p.signInCoordinator(identity);
            given().get("/api/v1/referrals/" + later).then().body("repeat.earlierReference", equalTo(first.reference()));
        } finally {
            Identities.signIn(identity, "admin-" + p.housing(), "Alex Morgan", "ASBTEAM", "admin");
            maracSamePerpetrator(true).body("repeatSamePerpetrator", equalTo(true));
        }
        p.signInCoordinator(identity);
        given().get("/api/v1/referrals/" + later).then().body("repeat", nullValue());
    }

    private ValidatableResponse maracSamePerpetrator(boolean same) {
        var current = settings.get(ConferenceKind.MARAC);
        Map<String, Object> body = new HashMap<>(Map.of("escalationIncidents", current.escalationIncidents(),
                "escalationMonths", current.escalationMonths(), "repeatWindowMonths", current.repeatWindowMonths(),
                "communityTriggerComplaints", current.communityTriggerComplaints(), "communityTriggerMonths", current.communityTriggerMonths(),
                "repeatSamePerpetrator", same));
        return given().contentType("application/json").header("If-Match", String.valueOf(current.version())).body(body)
                .put("/api/v1/settings/MARAC").then().statusCode(200);
    }

    @Test
    void theSettingsPageAsksForTheRule() {
        Identities.signIn(identity, "admin-" + p.housing(), "Alex Morgan", "ASBTEAM", "admin");
        var current = settings.get(ConferenceKind.ASBRAC);
        given().accept("text/html").get("/admin/settings/ASBRAC").then().statusCode(200)
                .body(containsString("value=\"LAST_REFERRAL\" checked")).body(containsString("value=\"no\" checked"));
        var refused = Forms.post("/admin/settings/ASBRAC", "/admin/settings/ASBRAC", Map.of("escalationIncidents", "3",
                "escalationMonths", "12", "repeatWindowMonths", "12", "repeatAnchor", "LAST_WEEK", "repeatSamePerpetrator", "maybe",
                "communityTriggerComplaints", "3", "communityTriggerMonths", "6", "agendaCap", String.valueOf(current.agendaCap()),
                "version", String.valueOf(current.version())));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("<a href=\"#repeatAnchor\">Choose what the repeat window counts from</a>"));
        assertTrue(refused.asString().contains("<a href=\"#repeatSamePerpetrator\">Say whether a repeat must share an alleged perpetrator</a>"));
        assertEquals(current, settings.get(ConferenceKind.ASBRAC));
    }

    @Test
    void theOneOffRecomputationAfterTheMigrationPutsStoredFlagsRightOnceAndIsAudited() {
        today(2025, 3, 10);
        First first = acceptedFirst();
        today(2025, 9, 1);
        String kevinAgain = submit("MARAC", highRisk(first, null, List.of(kevin(first)))).statusCode(200)
                .body("repeat", notNullValue()).extract().path("id");
        String darrenNow = submit("MARAC", highRisk(first, null, List.of(darren()))).statusCode(200)
                .body("repeat", nullValue()).extract().path("id");
        // As the old rule could have left them: a repeat not flagged, and a flag the new rule does not give.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update referral set repeat_of_referral_id = null, repeat_anchored_on = null, "
                    + "repeat_anchor = null where id = :id").setParameter("id", UUID.fromString(kevinAgain)).executeUpdate();
            entityManager.createNativeQuery("update referral set repeat_of_referral_id = :first, repeat_anchored_on = date '2025-05-01', "
                    + "repeat_anchor = 'LAST_HEARING' where id = :id").setParameter("first", UUID.fromString(first.id()))
                    .setParameter("id", UUID.fromString(darrenNow)).executeUpdate();
            entityManager.createNativeQuery("insert into repeat_recompute_due (reason) values ('Test: the rule changed again')")
                    .executeUpdate();
        });

        Repeats.Changes changes = ruleChanges.recomputeIfDue();
        assertTrue(changes.set().contains(UUID.fromString(kevinAgain)), "set again: " + changes);
        assertTrue(changes.cleared().contains(UUID.fromString(darrenNow)), "cleared: " + changes);
        p.signInCoordinator(identity);
        given().get("/api/v1/referrals/" + kevinAgain).then().body("repeat.earlierReference", equalTo(first.reference()));
        given().get("/api/v1/referrals/" + darrenNow).then().body("repeat", nullValue());
        AuditEvent event = audit.search(new AuditQuery(null, null, RepeatRuleChanges.ENTITY, null, null, null)).stream()
                .filter(e -> "Test: the rule changed again".equals(e.reason)).findFirst().orElseThrow();
        assertEquals("repeat.rule-changed", event.action);
        assertEquals("system", event.actorSubject);
        assertTrue(event.detail.startsWith(changes.count() + " repeat flags changed. MARAC (12 months after the last referral, sharing "
                + "an alleged perpetrator): "), event.detail);
        assertEquals(0, ruleChanges.recomputeIfDue().count(), "done once");
    }

    @Test
    void theIncidentDateIsOptionalNotAheadOfTodayAndNotBefore2000() {
        today(2025, 9, 1);
        First first = first();
        submit("MARAC", highRisk(first, LocalDate.of(2025, 9, 2), List.of(kevin(first)))).statusCode(400)
                .body("errors.field", equalTo(List.of("incidentDate")))
                .body("errors[0].message", equalTo("The date of the incident must be today or in the past"));
        submit("MARAC", highRisk(first, LocalDate.of(1999, 12, 31), List.of(kevin(first)))).statusCode(400)
                .body("errors[0].message", equalTo("The date of the incident must be in 2000 or later"));
        submit("MARAC", highRisk(first, LocalDate.of(2025, 9, 1), List.of(kevin(first)))).statusCode(200)
                .body("incidentDate", equalTo("2025-09-01"));
    }

    @Test
    void theIncidentDateIsAskedInTheIncidentSectionAndShownBeforeSubmitting() {
        p.signInReferrer(identity);
        var started = Forms.post("/referrals/new", "/referrals", Map.of("kind", "MARAC"));
        String id = started.header("Location").replaceAll(".*/referrals/([^/]+)/tasks", "$1");
        String section = "/referrals/" + id + "/sections/incident";
        var early = Forms.post(section, section, Map.of("incidentDate-day", "31", "incidentDate-month", "12", "incidentDate-year", "1999",
                "incidentSummary", "Threats at the door", "version", String.valueOf(version(id))));
        assertEquals(400, early.statusCode());
        assertTrue(early.asString().contains("<a href=\"#incidentDate\">The date of the incident must be in 2000 or later</a>"));
        assertTrue(early.asString().contains("value=\"1999\""), "what was typed is kept");
        assertEquals(303, Forms.post(section, section, Map.of("incidentDate-day", "20", "incidentDate-month", "11",
                "incidentDate-year", "2025", "incidentSummary", "Threats at the door", "version", String.valueOf(version(id)))).statusCode());
        given().get("/api/v1/referrals/" + id).then().body("draft.incidentDate", equalTo("2025-11-20"))
                .body("incidentDate", equalTo("2025-11-20"));
        given().accept("text/html").get("/referrals/" + id + "/check").then().statusCode(200)
                .body(containsString("<dt class=\"govuk-summary-list__key\">Date of the incident</dt><dd class=\"govuk-summary-list__value\">20/11/2025</dd>"));
    }
}
