package org.roundtable.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;

/**
 * Eight people send the same versioned write at the same moment, as two coordinators accepting the same referral on
 * an ordinary morning do. Exactly one wins; every other gets a 409 problem that says what to do; none gets a 500.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class LostRacesTest {

    private static final int CLIENTS = 8;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(CLIENTS);

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures conferences;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    org.roundtable.report.outcomes.OutcomeFixtures outcomes;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = referrals.partnership();
        conferences.closeOtherCases();
    }

    @AfterAll
    static void stopClients() {
        POOL.shutdownNow();
    }

    /** Sends the same request from every client at once; checks one 2xx and only 409 problems besides. */
    private static void exactlyOneWins(String what, Supplier<Response> write) throws Exception {
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> sent = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            sent.add(POOL.submit(() -> {
                ready.countDown();
                go.await();
                return write.get();
            }));
        }
        ready.await();
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> response : sent) {
            Response answer = response.get();
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 409) {
                assertEquals(Problem.MEDIA_TYPE, answer.contentType().split(";")[0], what + ": a 409 is a problem document");
                String detail = answer.jsonPath().getString("detail");
                assertTrue(detail != null && !detail.isBlank(), what + ": a 409 says what happened: " + answer.asString());
            }
        }
        assertEquals(1, statuses.stream().filter(s -> s >= 200 && s < 300).count(), what + ": one winner in " + statuses);
        assertEquals(CLIENTS - 1, statuses.stream().filter(s -> s == 409).count(), what + ": the rest lost with 409, " + statuses);
    }

    private String draftReferral(String lastName) {
        p.signInReferrer(identity);
        return given().contentType("application/json")
                .body(Map.of("kind", "MARAC", "draft", referrals.completeMaracDraft("Rae", lastName, LocalDate.of(1990, 5, 5))))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    private static int version(String path) {
        return given().get(path).then().statusCode(200).extract().path("version");
    }

    @Test
    void aSixMonthReviewRecordedEightTimesAtOnceIsRecordedOnce() throws Exception {
        java.util.UUID id = outcomes.asbrac(outcomes.person("Race" + p.housing()), org.roundtable.report.outcomes.OutcomeFixtures.london(
                2020, 1, 1, 9, 0), false, null);
        outcomes.heard(id, org.roundtable.report.outcomes.OutcomeFixtures.london(2020, 2, 1, 10, 0));
        outcomes.signIn(identity, "coordinator", org.roundtable.agency.ConferenceKind.ASBRAC);
        exactlyOneWins("six-month review", () -> given().contentType("application/json").header("If-Match", "0")
                .body(Map.of("furtherIncidents", false, "closedWithRiskReduced", true)).put("/api/v1/six-month-reviews/" + id));
        given().get("/api/v1/six-month-reviews/" + id).then().body("version", org.hamcrest.Matchers.equalTo(1));
    }

    @Inject
    org.roundtable.retention.Retention retention;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @Test
    void aDeletionConfirmedEightTimesAtOnceHappensOnce() throws Exception {
        String id = draftReferral("Keeper" + p.housing());
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update referral set state = 'CLOSED' where id = :id")
                    .setParameter("id", java.util.UUID.fromString(id)).executeUpdate();
            entityManager.createNativeQuery("""
                    insert into referral_transition (referral_id, from_state, to_state, occurred_at, actor_subject, actor_name)
                    values (:id, 'HEARD', 'CLOSED', timestamp with time zone '2010-01-10 12:00:00+00', 'coordinator', 'Ben Carter')""")
                    .setParameter("id", java.util.UUID.fromString(id)).executeUpdate();
        });
        retention.listDue(LocalDate.now());
        p.signInCoordinator(identity);
        exactlyOneWins("retention erasure", () -> given().contentType("application/json").post("/api/v1/retention/due/" + id + "/erasure"));
    }

    @Test
    void aRetentionPeriodChangedEightTimesAtOnceChangesOnce() throws Exception {
        Identities.signIn(identity, "admin-" + p.housing(), "Alex Morgan", "ASBTEAM", "admin");
        int version = given().get("/api/v1/retention/periods").then().statusCode(200).extract().path("find { it.kind == 'SARAC' }.version");
        exactlyOneWins("retention period", () -> given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("years", 6)).put("/api/v1/retention/periods/sarac"));
        given().get("/api/v1/retention/periods").then().body("find { it.kind == 'SARAC' }.version", org.hamcrest.Matchers.equalTo(version + 1));
    }

    @Test
    void communityTriggerRulesChangedEightTimesAtOnceChangeOnce() throws Exception {
        Identities.signIn(identity, "admin-" + p.housing(), "Alex Morgan", "ASBTEAM", "admin");
        Map<String, Object> rules = given().get("/api/v1/community-trigger-rules").then().statusCode(200).extract().jsonPath().getMap("");
        int version = ((Number) rules.get("version")).intValue();
        Map<String, Object> same = Map.of("complaintsRule", rules.get("complaintsRule"), "sameProblemRule", rules.get("sameProblemRule"),
                "sameProblemReporters", rules.get("sameProblemReporters"), "sameProblemMonths", rules.get("sameProblemMonths"),
                "hateIncidentRule", rules.get("hateIncidentRule"));
        exactlyOneWins("community trigger rules", () -> given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(same).put("/api/v1/community-trigger-rules"));
    }

    @Test
    void submittingOneDraftEightTimesAtOnceSubmitsItOnce() throws Exception {
        String id = draftReferral("Race" + p.housing());
        exactlyOneWins("submit", () -> given().contentType("application/json").header("If-Match", "0")
                .post("/api/v1/referrals/" + id + "/submit"));
        p.signInCoordinator(identity);
        given().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("history.to", org.hamcrest.Matchers.equalTo(List.of("SUBMITTED")));
    }

    @Test
    void eightCoordinatorsAnsweringWhetherAReferralIsARepeatAnswerOnce() throws Exception {
        String id = draftReferral("Answer" + p.housing());
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
        p.signInCoordinator(identity);
        int version = version("/api/v1/referrals/" + id);
        exactlyOneWins("repeat answer", () -> given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("decision", "REPEAT", "reason", "Known to the Luton MARAC")).put("/api/v1/referrals/" + id + "/repeat"));
        given().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("repeatOverride.reason", org.hamcrest.Matchers.equalTo("Known to the Luton MARAC"));
    }

    @Test
    void eightCoordinatorsAcceptingTheSameReferralAcceptItOnce() throws Exception {
        String id = draftReferral("Accept" + p.housing());
        given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
        p.signInCoordinator(identity);
        int version = version("/api/v1/referrals/" + id);
        exactlyOneWins("accept", () -> given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("to", "ACCEPTED")).post("/api/v1/referrals/" + id + "/transitions"));
        given().get("/api/v1/referrals/" + id).then()
                .body("history.to", org.hamcrest.Matchers.equalTo(List.of("SUBMITTED", "ACCEPTED")));
    }

    @Test
    void settingsAgenciesAndUsersChangedEightTimesAtOnceChangeOnce() throws Exception {
        Identities.signIn(identity, "admin-" + p.housing(), "Alex Morgan", "ASBTEAM", "admin");
        Map<String, Object> settings = given().get("/api/v1/settings").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.conferenceKind == 'SARAC' }");
        int settingsVersion = ((Number) settings.get("version")).intValue();
        int months = ((Number) settings.get("communityTriggerMonths")).intValue();
        Map<String, Object> changed = new java.util.HashMap<>(Map.of("escalationIncidents", settings.get("escalationIncidents"),
                "escalationMonths", settings.get("escalationMonths"), "repeatWindowMonths", settings.get("repeatWindowMonths"),
                "communityTriggerComplaints", settings.get("communityTriggerComplaints"), "communityTriggerMonths", months + 1));
        changed.put("agendaCap", settings.get("agendaCap"));
        exactlyOneWins("settings", () -> given().contentType("application/json").header("If-Match", String.valueOf(settingsVersion))
                .body(changed).put("/api/v1/settings/SARAC"));
        changed.put("communityTriggerMonths", months);
        given().contentType("application/json").header("If-Match", String.valueOf(settingsVersion + 1)).body(changed)
                .put("/api/v1/settings/SARAC").then().statusCode(200);

        String agencyId = given().get("/api/v1/agencies").then().statusCode(200).extract()
                .path("find { it.shortCode == '" + p.fire() + "' }.id");
        int agencyVersion = version("/api/v1/agencies/" + agencyId);
        exactlyOneWins("agency", () -> given().contentType("application/json").header("If-Match", String.valueOf(agencyVersion))
                .body(Map.of("name", "Fire and Rescue " + p.fire(), "shortCode", p.fire(), "type", "FIRE_AND_RESCUE", "active", true))
                .put("/api/v1/agencies/" + agencyId));

        String subject = p.chairSubject();
        int userVersion = given().get("/api/v1/users").then().statusCode(200).extract()
                .path("find { it.subject == '" + subject + "' }.version");
        exactlyOneWins("user conference kinds", () -> given().contentType("application/json")
                .header("If-Match", String.valueOf(userVersion)).body(Map.of("conferenceKinds", List.of("MARAC", "SARAC")))
                .put("/api/v1/users/" + subject + "/conference-kinds"));
    }

    @Test
    void theReturnSettingsAndNationalFiguresChangedEightTimesAtOnceChangeOnce() throws Exception {
        Identities.signIn(identity, "admin-" + p.housing(), "Alex Morgan", "ASBTEAM", "admin");
        String settingsPath = "/api/v1/reports/marac-data-return/settings";
        int settingsVersion = version(settingsPath);
        exactlyOneWins("return settings", () -> given().contentType("application/json").header("If-Match", String.valueOf(settingsVersion))
                .body(Map.of("maracName", "Race MARAC")).put(settingsPath));
        given().contentType("application/json").header("If-Match", String.valueOf(settingsVersion + 1)).body(Map.of("maracName", "MARAC"))
                .put(settingsPath).then().statusCode(200);

        String figuresPath = "/api/v1/reports/marac-data-return/national-figures";
        Map<String, Object> figures = new java.util.HashMap<>(given().get(figuresPath).then().statusCode(200).extract().jsonPath().getMap("$"));
        int figuresVersion = ((Number) figures.remove("version")).intValue();
        figures.remove("updatedAt");
        figures.remove("updatedBy");
        exactlyOneWins("national figures", () -> given().contentType("application/json").header("If-Match", String.valueOf(figuresVersion))
                .body(figures).put(figuresPath));
    }

    @Test
    void aMeetingStartedResearchedAndReviewedEightTimesAtOnceChangesOnce() throws Exception {
        String reviewed = conferences.acceptedCase(p, identity, conferences.draft("Ivy", "Race" + p.housing(), 16, 0, false));
        String meeting = published(7);
        ConferenceFixtures.asChair(p, identity);
        exactlyOneWins("meeting start", () -> given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/start"));

        String item = item(meeting, reviewed);
        Identities.signIn(identity, "spoc-" + p.housing(), "Aisha Rahman", p.housing(), "agency-spoc");
        exactlyOneWins("first research", () -> given().contentType("application/json")
                .body(Map.of("known", true, "summary", "Tenant since 2019")).put("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/research"));

        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").body(Map.of("owner", p.housing(), "description", "Change the locks",
                "dueOn", LocalDate.now().plusDays(14).toString())).post("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/actions")
                .then().statusCode(201);
        given().contentType("application/json").body(Map.of("decision", "UNDER_REVIEW", "nextReviewOn", LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/decision").then().statusCode(200);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/end").then().statusCode(200);

        String later = published(21);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + later + "/start").then().statusCode(200);
        String action = given().get("/api/v1/meetings/" + later + "/record").then().statusCode(200).extract()
                .path("cases.find { it.referral.id == '" + reviewed + "' }.earlierActions[0].id");
        exactlyOneWins("action review", () -> given().contentType("application/json").header("If-Match", "0")
                .body(Map.of("status", "DONE", "note", "Locks changed")).put("/api/v1/meetings/" + later + "/actions/" + action));
    }

    @Test
    void aRiskMatrixIssueScoredOrImportedEightTimesAtOnceChangesOnce() throws Exception {
        Identities.signIn(identity, "matrix-" + p.housing(), "Sam Okafor", p.housing(), "coordinator");
        String matrix = given().contentType("application/json").body(Map.of("title", "Race " + p.housing())).post("/api/v1/matrices")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> scores = new java.util.HashMap<>(Map.of("name", "Arson", "performanceDeteriorating", 1, "nationalPriority", 1,
                "localPriority", 1, "communityPriority", 1, "harmToProperty", 5, "harmToPeople", 3, "fear", 3, "cost", 3, "likelihood", 2));
        String issue = given().contentType("application/json").body(scores).post("/api/v1/matrices/" + matrix + "/issues").then()
                .statusCode(201).extract().path("id");
        scores.put("likelihood", 4);
        exactlyOneWins("matrix issue", () -> given().contentType("application/json").header("If-Match", "0").body(scores)
                .put("/api/v1/matrices/" + matrix + "/issues/" + issue));
        // Importing a new issue at once: one adds it; the rest lose with 409, or find it added and leave it unchanged.
        String csv = "name,performance_deteriorating,national_priority,local_priority,community_priority,harm_to_property,harm_to_people,"
                + "fear,cost,likelihood\r\nFly-tipping,2,1,4,5,3,1,2,4,5\r\n";
        List<Future<Response>> imports = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            imports.add(POOL.submit(() -> given().contentType("text/csv").body(csv).post("/api/v1/matrices/" + matrix + "/import")));
        }
        int added = 0;
        for (Future<Response> sent : imports) {
            Response answer = sent.get();
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 409, "import: " + answer.statusCode() + " " + answer.asString());
            added += answer.statusCode() == 200 ? answer.jsonPath().getInt("added") : 0;
        }
        assertEquals(1, added, "the issue is added once");
        given().get("/api/v1/matrices/" + matrix).then().statusCode(200)
                .body("issues.name", org.hamcrest.Matchers.equalTo(List.of("Fly-tipping", "Arson")))
                .body("issues.total", org.hamcrest.Matchers.equalTo(List.of(27, 22)))
                .body("issues.version", org.hamcrest.Matchers.equalTo(List.of(0, 1)));
    }

    @Test
    void anActionAssignedAndUpdatedEightTimesAtOnceChangesOnceEach() throws Exception {
        String reviewed = conferences.acceptedCase(p, identity, conferences.draft("Una", "Assign" + p.housing(), 16, 0, false));
        String meeting = published(7);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/start").then().statusCode(200);
        String action = given().contentType("application/json").body(Map.of("owner", p.housing(), "description", "Change the locks",
                "dueOn", LocalDate.now().plusDays(14).toString())).post("/api/v1/meetings/" + meeting + "/agenda/items/" + item(meeting, reviewed)
                + "/actions").then().statusCode(201).extract().path("id");
        String officer = "officer-" + p.housing();
        Identities.signIn(identity, officer, "Dan Webb", p.housing(), "referrer");
        given().get("/api/v1/actions/" + action).then().statusCode(200);

        Identities.signIn(identity, "spoc-" + p.housing(), "Aisha Rahman", p.housing(), "agency-spoc");
        exactlyOneWins("action assign", () -> given().contentType("application/json").header("If-Match", "0")
                .body(Map.of("assignee", officer)).put("/api/v1/actions/" + action + "/assignee"));
        exactlyOneWins("action update", () -> given().contentType("application/json").header("If-Match", "1")
                .body(Map.of("status", "DONE", "note", "Locks changed")).post("/api/v1/actions/" + action + "/updates"));
        given().get("/api/v1/actions/" + action).then().statusCode(200)
                .body("updates.status", org.hamcrest.Matchers.equalTo(List.of("OPEN", "OPEN", "DONE")));
    }

    @Test
    void eightAdvocatesTakingACaseCorrectingAnEntryAndClosingSupportAtOnceChangeEachOnce() throws Exception {
        String id = conferences.acceptedCase(p, identity, conferences.draft("Una", "Caseload" + p.housing(), 16, 0, false));
        Identities.signIn(identity, "idva-" + p.idva(), "Amara Idris", p.idva(), "idva");
        int taken = version("/api/v1/caseload/" + id);
        exactlyOneWins("allocate to me", () -> given().contentType("application/json").header("If-Match", String.valueOf(taken)).body("{}")
                .post("/api/v1/caseload/" + id + "/allocation"));
        Map<String, Object> contact = new java.util.HashMap<>(Map.of("occurredAt", java.time.Instant.now().minusSeconds(600).toString(),
                "method", "PHONE", "outcome", "NO_ANSWER"));
        String entry = given().contentType("application/json").body(contact).post("/api/v1/caseload/" + id + "/contacts").then()
                .statusCode(201).extract().path("id");
        contact.put("outcome", "MESSAGE_LEFT");
        exactlyOneWins("contact correction", () -> given().contentType("application/json").header("If-Match", "0").body(contact)
                .put("/api/v1/caseload/" + id + "/contacts/" + entry));
        given().get("/api/v1/caseload/" + id + "/contacts").then().body("entries[0].corrections.size()", org.hamcrest.Matchers.equalTo(1));
        int open = version("/api/v1/caseload/" + id);
        exactlyOneWins("close support", () -> given().contentType("application/json").header("If-Match", String.valueOf(open))
                .body(Map.of("reason", "DISENGAGED", "physicalAbuse", "SAME", "sexualAbuse", "SAME", "harassmentAndStalking", "SAME",
                        "jealousAndControlling", "SAME", "feelsSafer", "NO"))
                .post("/api/v1/caseload/" + id + "/closure"));
    }

    private String published(int daysAhead) {
        String meeting = conferences.meeting(p, identity, daysAhead);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        int version = version("/api/v1/meetings/" + meeting);
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .post("/api/v1/meetings/" + meeting + "/agenda/publish").then().statusCode(200);
        return meeting;
    }

    private static String item(String meeting, String referralId) {
        return given().get("/api/v1/meetings/" + meeting + "/record").then().statusCode(200).extract()
                .path("cases.find { it.referral.id == '" + referralId + "' }.itemId");
    }
}
