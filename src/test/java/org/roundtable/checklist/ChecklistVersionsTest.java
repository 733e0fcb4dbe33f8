package org.roundtable.checklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.audit.AuditQuery;
import org.roundtable.audit.AuditService;
import org.roundtable.checklist.ChecklistDefinition.BandThreshold;
import org.roundtable.support.Forms;

@QuarkusTest
class ChecklistVersionsTest {

    @Inject
    ChecklistService checklists;

    @Inject
    AuditService audit;

    private static ChecklistDefinition withBands(ChecklistDefinition d, List<BandThreshold> bands) {
        return new ChecklistDefinition(d.scoring(), d.questions(), bands, d.minimumBandRules(), d.eligibility());
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "name", value = "Alex Morgan"), @Claim(key = "agency", value = "ASBTEAM") })
    void aNewVersionDoesNotChangeTheScoreOfAnOldAssessment() {
        ChecklistView before = checklists.current("DASH_RIC");
        Map<String, String> fifteenYes = new HashMap<>();
        before.definition().questions().stream().limit(15).forEach(q -> fifteenYes.put(q.id(), "YES"));
        AssessmentView old = checklists.assess("DASH_RIC", fifteenYes);
        assertEquals(Band.HIGH, old.score().band());

        var stricter = withBands(before.definition(), List.of(new BandThreshold(Band.STANDARD, 0),
                new BandThreshold(Band.MEDIUM, 12), new BandThreshold(Band.HIGH, 18)));
        given().contentType("application/json")
                .body(new PublishRequest(before.version(), "High from 18 for a trial", stricter))
                .post("/api/v1/checklists/DASH_RIC/versions")
                .then().statusCode(201).body("version", equalTo(before.version() + 1)).body("publishedBy", equalTo("Alex Morgan"));

        AssessmentView reread = checklists.assessment(old.id());
        assertEquals(before.version(), reread.checklistVersion());
        assertEquals(Band.HIGH, reread.score().band());
        AssessmentView fresh = checklists.assess("DASH_RIC", fifteenYes);
        assertEquals(before.version() + 1, fresh.checklistVersion());
        assertEquals(Band.MEDIUM, fresh.score().band());
        given().get("/api/v1/checklists/DASH_RIC/versions/" + before.version()).then().statusCode(200)
                .body("definition.bands[2].from", equalTo(14));
        assertEquals("checklist.publish",
                audit.search(new AuditQuery(null, null, "checklist", "DASH_RIC v" + (before.version() + 1), null, null)).get(0).action);

        // Put the shipped bands back for the other tests, as a further version.
        given().contentType("application/json").body(new PublishRequest(before.version() + 1, "Back to the SafeLives bands", before.definition()))
                .post("/api/v1/checklists/DASH_RIC/versions").then().statusCode(201);
        assertEquals(Band.HIGH, checklists.preview("DASH_RIC", fifteenYes).band());
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anInvalidVersionIsRefusedWithTheFieldsNamed() {
        ChecklistView current = checklists.current("ASB_MATRIX");
        var questions = new ArrayList<>(current.definition().questions());
        var first = questions.get(0);
        questions.set(0, new ChecklistDefinition.Question(first.id(), first.section(), " ", null, first.kind(), -1, null));
        var broken = new ChecklistDefinition(current.definition().scoring(), questions,
                List.of(new BandThreshold(Band.STANDARD, 0), new BandThreshold(Band.MEDIUM, 10), new BandThreshold(Band.HIGH, 10)),
                current.definition().minimumBandRules(), null);

        given().contentType("application/json").body(new PublishRequest(current.version(), "", broken))
                .post("/api/v1/checklists/ASB_MATRIX/versions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("changeNote", "definition.questions[0].text",
                        "definition.questions[0].yesPoints", "definition.bands[2].from")));
        assertEquals(current.version(), checklists.current("ASB_MATRIX").version());
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void publishingOverSomeoneElsesNewVersionIs409() {
        ChecklistView current = checklists.current("SARAC_CRITERIA");
        given().contentType("application/json").body(new PublishRequest(current.version() - 1, "Old page", current.definition()))
                .post("/api/v1/checklists/SARAC_CRITERIA/versions")
                .then().statusCode(409).body("current.version", equalTo(current.version()));
    }

    @Test
    @TestSecurity(user = "referrer1", roles = "referrer")
    void referrersReadAndScoreButCannotPublish() {
        given().get("/api/v1/checklists").then().statusCode(200).body("code", hasItem("ASB_MATRIX"));
        given().contentType("application/json").body(Map.of("hate", "YES", "threats", "YES"))
                .post("/api/v1/checklists/ASB_MATRIX/score").then().statusCode(200)
                .body("total", equalTo(6)).body("band", equalTo("MEDIUM"));
        ChecklistView current = checklists.current("ASB_MATRIX");
        given().contentType("application/json").body(new PublishRequest(current.version(), "x", current.definition()))
                .post("/api/v1/checklists/ASB_MATRIX/versions").then().statusCode(403);
        given().get("/api/v1/checklists/NOPE").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void thePublishPageKeepsWhatWasTypedWhenPointsAreNotANumber() {
        ChecklistView current = checklists.current("ASB_MATRIX");
        Map<String, Object> form = new HashMap<>();
        for (var q : current.definition().questions()) {
            form.put("text-" + q.id(), q.text());
            if (q.kind() == ChecklistDefinition.AnswerKind.CHOICE) {
                q.choices().forEach(c -> form.put("points-" + q.id() + "-" + c.value(), String.valueOf(c.points())));
            } else {
                form.put("points-" + q.id(), String.valueOf(q.yesPoints()));
            }
        }
        form.put("points-hate", "three");
        form.put("text-threats", "Threats or violence against the victim or their family?");
        form.put("band-MEDIUM", "10");
        form.put("band-HIGH", "18");
        form.put("changeNote", "Wording");
        form.put("basedOnVersion", String.valueOf(current.version()));

        var response = Forms.post("/admin/checklists/ASB_MATRIX", "/admin/checklists/ASB_MATRIX", form);

        assertEquals(400, response.statusCode());
        String html = response.asString();
        assertTrue(html.contains("<a href=\"#points-hate\">Enter points as a whole number, like 2</a>"), html);
        assertTrue(html.contains("value=\"three\""));
        assertTrue(html.contains("Threats or violence against the victim or their family?</textarea>"));
        assertEquals(current.version(), checklists.current("ASB_MATRIX").version());

        form.put("points-hate", "3");
        form.put("remove-hate", "true");
        var removingARuleQuestion = Forms.post("/admin/checklists/ASB_MATRIX", "/admin/checklists/ASB_MATRIX", form);
        assertEquals(400, removingARuleQuestion.statusCode());
        assertTrue(removingARuleQuestion.asString().contains("This question is part of a scoring rule (A hate-motivated incident with "
                + "threats or violence is always at least medium) and cannot be removed here"), removingARuleQuestion.asString());
        assertEquals(current.version(), checklists.current("ASB_MATRIX").version(), "nothing published");
        form.remove("remove-hate");
        var published = Forms.post("/admin/checklists/ASB_MATRIX", "/admin/checklists/ASB_MATRIX", form);
        assertEquals(303, published.statusCode());
        assertEquals("Threats or violence against the victim or their family?",
                checklists.current("ASB_MATRIX").definition().questions().stream().filter(q -> q.id().equals("threats"))
                        .findFirst().orElseThrow().text());
        assertEquals(current.definition().minimumBandRules(), checklists.current("ASB_MATRIX").definition().minimumBandRules(),
                "the hate-with-threats rule carries over to the new version");
        var unchanged = Forms.post("/admin/checklists/ASB_MATRIX", "/admin/checklists/ASB_MATRIX",
                Map.of("basedOnVersion", String.valueOf(current.version() + 1), "newPoints", "2"));
        assertEquals(400, unchanged.statusCode());
        assertTrue(unchanged.asString().contains("Enter the new question&#39;s wording, or leave its points empty"), unchanged.asString());
        given().accept("text/html").get("/admin/checklists/ASB_MATRIX").then().statusCode(200)
                .body(containsString("Publish version " + (current.version() + 2)));
    }
}
