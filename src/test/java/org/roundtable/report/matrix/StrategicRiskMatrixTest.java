package org.roundtable.report.matrix;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.demo.DemoData;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/** The strategic risk matrix: the seed's 30 issues totalled and ranked, CSV in and out, edits, and who may do what. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "coordinator")
class StrategicRiskMatrixTest {

    /** The seed plan's Appendix A, copied by hand: each issue's total as the plan prints it, and the rank that total earns. */
    private static final Map<String, int[]> SEED_TOTAL_AND_RANK = seed(
            "ASB (Criminal)", 39, 1,
            "ASB (Environmental)", 36, 2,
            "Substance Misuse Offending", 34, 3,
            "Adult Offending", 32, 4,
            "Youth Offending (0-17)", 31, 5,
            "Domestic Abuse", 31, 5,
            "Most Serious Violence", 31, 5,
            "NTE", 31, 5,
            "Terrorism", 31, 5,
            "Theft of metal", 31, 5,
            "Personal robbery", 28, 11,
            "Distraction burglary", 27, 12,
            "Burglary Dwelling", 26, 13,
            "Criminal Damage", 25, 14,
            "Sexual Offences", 23, 15,
            "TFMV & Interference", 23, 15,
            "Hate Crime", 23, 15,
            "Rape / attempted rape", 22, 18,
            "Other Violence", 22, 18,
            "TOMV/TWOC", 22, 18,
            "Domestic extremism", 21, 21,
            "Business robbery", 20, 22,
            "Burglary Other", 19, 23,
            "Theft from the Person", 18, 24,
            "Prostitution", 17, 25,
            "Fraud & Forgery", 15, 26,
            "Theft of petrol", 15, 26,
            "Other Theft", 15, 26,
            "Shoplifting", 15, 26,
            "Street drinking", 13, 30);

    private static final String HEADER = "name,performance_deteriorating,national_priority,local_priority,community_priority,"
            + "harm_to_property,harm_to_people,fear,cost,likelihood";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    TestIdentityAssociation identity;

    @Inject
    DemoData demo;

    @BeforeEach
    void aCoordinator() {
        asCoordinator();
    }

    @Test
    void theSeedsThirtyIssuesHaveTheSeedsTotalsAndRanksThatFollowFromThem() throws IOException {
        String matrix = matrix("Seed");
        importCsv(matrix, seedFile()).then().statusCode(200).body("added", equalTo(30)).body("changed", equalTo(0));

        JsonPath ranked = given().get("/api/v1/matrices/" + matrix).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> issues = ranked.getList("issues");
        assertEquals(30, issues.size());
        for (Map<String, Object> issue : issues) {
            int[] expected = SEED_TOTAL_AND_RANK.get((String) issue.get("name"));
            assertEquals(expected[0], issue.get("total"), "total of " + issue.get("name"));
            assertEquals(expected[1], issue.get("rank"), "rank of " + issue.get("name"));
            long higher = issues.stream().filter(other -> (Integer) other.get("total") > (Integer) issue.get("total")).count();
            assertEquals(higher + 1, ((Integer) issue.get("rank")).longValue(), "a rank is one more than the number of higher totals");
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 11), ranked.getList("issues.rank").subList(0, 11), "six issues tie at 31, then 11");
        assertEquals(List.of("ASB (Criminal)", "ASB (Environmental)", "Substance Misuse Offending"), ranked.getList("issues.name").subList(0, 3));
        assertEquals(Map.of("performanceDeteriorating", 3, "nationalPriority", 5, "localPriority", 5, "communityPriority", 5,
                "harmToProperty", 3, "harmToPeople", 4, "fear", 5, "cost", 4, "likelihood", 5),
                scoresOf(ranked.getMap("issues[0]")), "ASB (Criminal)'s scores as the seed gives them");
    }

    @Test
    void theDemoLoaderLoadsTheSeedMatrixOnceThroughTheImport() {
        demo.loadRiskMatrix();
        assertFalse(demo.loadRiskMatrix(), "a second start leaves the matrix as it is");
        String id = given().get("/api/v1/matrices").then().statusCode(200).extract().path("find { it.title == '2013-14' }.id");
        given().get("/api/v1/matrices/" + id).then().statusCode(200)
                .body("issues.size()", equalTo(30))
                .body("issues.find { it.name == 'Theft of metal' }.total", equalTo(31))
                .body("issues.find { it.name == 'Street drinking' }.rank", equalTo(30));
    }

    @Test
    void aFileWithABadRowImportsNothingAndNamesEachRowAndColumn() {
        String matrix = matrix("Bad");
        importCsv(matrix, HEADER + "\r\nHate Crime,2,5,4,1,2,4,2,2,1\r\n").then().statusCode(200);
        String bad = HEADER + "\r\n"
                + "Hate Crime,3,5,4,1,2,4,2,2,1\r\n"      // row 2: fine, and would change a score
                + "Shoplifting,2,1,2,1,2,7,1,1,4\r\n"     // row 3: harm to people 7
                + ",2,1,2,1,2,1,1,1,4\r\n"                // row 4: no name
                + "Arson,2,1,2,1,2,1,1,x,\r\n"            // row 5: cost not a number, likelihood blank
                + "hate crime,1,1,1,1,1,1,1,1,1\r\n"      // row 6: the same issue as row 2
                + "Drugs,1,1,1\r\n";                      // row 7: too few values

        Response refused = importCsv(matrix, bad);
        refused.then().statusCode(400).contentType("application/problem+json");
        Map<String, String> errors = new LinkedHashMap<>();
        List<Map<String, String>> listed = refused.jsonPath().getList("errors");
        listed.forEach(e -> errors.put(e.get("field"), e.get("message")));
        assertEquals(Map.of(
                "row 3, harm_to_people", "Enter a score from 0 to 5",
                "row 4, name", "Enter the issue's name",
                "row 5, cost", "Enter a score from 0 to 5, as a whole number",
                "row 5, likelihood", "Choose a score from 0 to 5 for likelihood",
                "row 6, name", "This issue is also on row 2: give each issue one row",
                "row 7", "The row has 4 values; the header has 10 columns"), errors);

        given().get("/api/v1/matrices/" + matrix).then().statusCode(200)
                .body("issues.size()", equalTo(1))
                .body("issues[0].performanceDeteriorating", equalTo(2)).body("issues[0].total", equalTo(23));

        // The page's upload says the same, row by row, and saves nothing either.
        Response page = upload(matrix, bad);
        assertEquals(400, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("<a href=\"#file\">The file has 6 problems: nothing was imported</a>"), html);
        assertTrue(html.replaceAll("\\s+", " ").contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>"
                + "<td class=\"govuk-table__cell\">harm_to_people</td> <td class=\"govuk-table__cell\">Enter a score from 0 to 5</td>"), html);
        given().get("/api/v1/matrices/" + matrix).then().body("issues.size()", equalTo(1)).body("issues[0].total", equalTo(23));

        importCsv(matrix, ",,\r\nArson,1\r\n").then().statusCode(400)
                .body("errors[0].field", equalTo("row 1")).body("errors[0].message", containsString("The first row must be the header"));
        given().contentType("application/json").body("{}").post("/api/v1/matrices/" + matrix + "/import").then().statusCode(415)
                .body("detail", containsString("text/csv for a CSV import"));
        importCsv(matrix, "name,fear,size\r\nArson,1,2\r\n").then().statusCode(400)
                .body("errors.field", hasItem("row 1, column 3"))
                .body("errors.find { it.field == 'row 1, harm_to_people' }.message", equalTo("The header has no harm_to_people column"));
    }

    @Test
    void aStaleEditGets409WithTheIssueAsSaved() {
        String matrix = matrix("Stale");
        Response added = given().contentType("application/json").body(issue("Criminal Damage", 1, 1, 2, 5, 5, 2, 4, 1, 4))
                .post("/api/v1/matrices/" + matrix + "/issues");
        added.then().statusCode(201).body("total", equalTo(25)).body("rank", equalTo(1));
        String issue = added.path("id");
        int version = added.path("version");

        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(issue("Criminal Damage", 2, 1, 2, 5, 5, 2, 4, 1, 4))
                .put("/api/v1/matrices/" + matrix + "/issues/" + issue).then().statusCode(200)
                .body("total", equalTo(26)).body("version", equalTo(version + 1));
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(issue("Criminal Damage", 5, 5, 5, 5, 5, 5, 5, 5, 5))
                .put("/api/v1/matrices/" + matrix + "/issues/" + issue).then().statusCode(409)
                .contentType("application/problem+json")
                .body("current.total", equalTo(26)).body("current.version", equalTo(version + 1));

        // A page form drawn from the old version: 409, both versions shown, nothing of the stale form saved.
        Map<String, Object> form = new LinkedHashMap<>(pageForm("Criminal Damage", 0));
        form.put("version", String.valueOf(version));
        Response page = Forms.post("/reports/matrix/" + matrix + "/issues/" + issue, "/reports/matrix/" + matrix + "/issues/" + issue, form);
        assertEquals(409, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("data-testid=\"conflict\""), html);
        assertTrue(html.contains("Saved now: Criminal Damage, total 26"), html);
        assertTrue(html.contains("name=\"version\" value=\"" + (version + 1) + "\""), "the form now carries the saved version");
        given().get("/api/v1/matrices/" + matrix).then().body("issues[0].total", equalTo(26));
    }

    @Test
    void aReferrerIsRefusedAndAChairReadsButDoesNotScore() {
        String matrix = matrix("Access");
        Identities.signIn(identity, "matrix-referrer", "Riley Shaw", "POLICE", "referrer");
        given().get("/api/v1/matrices").then().statusCode(403);
        given().get("/api/v1/matrices/" + matrix).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/matrices/" + matrix + "/export.csv").then().statusCode(403);
        given().accept("text/html").get("/reports/matrix/" + matrix).then().statusCode(403);
        given().contentType("application/json").body(issue("Arson", 1, 1, 1, 1, 1, 1, 1, 1, 1))
                .post("/api/v1/matrices/" + matrix + "/issues").then().statusCode(403);

        Identities.signIn(identity, "matrix-chair", "Chris Hale", "POLICE", "chair");
        given().get("/api/v1/matrices/" + matrix).then().statusCode(200).body("issues.size()", equalTo(0));
        given().contentType("application/json").body(issue("Arson", 1, 1, 1, 1, 1, 1, 1, 1, 1))
                .post("/api/v1/matrices/" + matrix + "/issues").then().statusCode(403);
        String html = given().accept("text/html").get("/reports/matrix/" + matrix).then().statusCode(200).extract().asString();
        assertFalse(html.contains("data-testid=\"import\""), "no upload for a chair");
        assertFalse(html.contains("/issues/new"), "no scoring for a chair");
    }

    @Test
    void theExportRoundTripsThroughTheImport() throws IOException {
        String matrix = matrix("Export");
        importCsv(matrix, seedFile()).then().statusCode(200);
        Response export = given().get("/api/v1/matrices/" + matrix + "/export.csv");
        export.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"));
        String csv = export.asString();
        String[] lines = csv.split("\r\n");
        assertEquals(31, lines.length);
        assertEquals(HEADER + ",total,rank", lines[0]);
        assertEquals("ASB (Criminal),3,5,5,5,3,4,5,4,5,39,1", lines[1]);
        assertEquals("Street drinking,2,1,1,1,1,1,3,2,1,13,30", lines[30]);

        importCsv(matrix, csv).then().statusCode(200).body("added", equalTo(0)).body("changed", equalTo(0)).body("unchanged", equalTo(30));
        String copy = matrix("Copy");
        importCsv(copy, csv).then().statusCode(200).body("added", equalTo(30));
        List<Object> original = given().get("/api/v1/matrices/" + matrix).jsonPath().getList("issues.collect { [it.name, it.total, it.rank, "
                + "it.performanceDeteriorating, it.fear, it.likelihood] }");
        assertEquals(original, given().get("/api/v1/matrices/" + copy).jsonPath().getList("issues.collect { [it.name, it.total, it.rank, "
                + "it.performanceDeteriorating, it.fear, it.likelihood] }"));

        Identities.signIn(identity, "matrix-auditor", "Ada Quinn", "POLICE", "auditor");
        given().get("/api/v1/audit-events?recordType=report&recordId=strategic-risk-matrix&user=matrix-coordinator").then().statusCode(200)
                .body("find { it.action == 'report.download' && it.detail.contains('" + matrix + "') }.detail", containsString("format=csv"));
        given().get("/api/v1/audit-events?recordType=risk-matrix&recordId=" + copy).then().statusCode(200)
                .body("find { it.action == 'risk-matrix.import' }.detail", containsString("rows=30"));
    }

    @Test
    void thePageShowsTheHeatMapRankedWithEachScoreWrittenInItsCell() throws IOException {
        String matrix = matrix("Page");
        importCsv(matrix, seedFile()).then().statusCode(200);
        String html = given().accept("text/html").get("/reports/matrix/" + matrix).then().statusCode(200).extract().asString();
        String flat = html.replaceAll("\\s+", " ");

        assertTrue(flat.contains("<title>Strategic risk matrix Page"), flat);
        assertTrue(flat.contains("30 issues ranked by total score</caption>"), flat);
        assertTrue(flat.contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\" data-testid=\"rank\">1</td> "
                + "<th scope=\"row\" class=\"govuk-table__header\">ASB (Criminal)</th> "
                + "<td class=\"govuk-table__cell govuk-table__cell--numeric rt-score rt-score-3\">3</td>"
                + "<td class=\"govuk-table__cell govuk-table__cell--numeric rt-score rt-score-5\">5</td>"), "row 1: rank, name, shaded scores with their numbers");
        Matcher ranks = Pattern.compile("data-testid=\"rank\">(\\d+)</td>").matcher(html);
        StringBuilder order = new StringBuilder();
        while (ranks.find()) {
            order.append(ranks.group(1)).append(' ');
        }
        assertEquals("1 2 3 4 5 5 5 5 5 5 11 12 13 14 15 15 15 18 18 18 21 22 23 24 25 26 26 26 26 30", order.toString().trim());
        assertTrue(flat.contains("data-testid=\"total\"><strong>39</strong>"), flat);
        assertTrue(html.contains("data-testid=\"import\""), "a coordinator may upload");
    }

    @Test
    void theScoringFormNamesEachMissingScoreAndKeepsWhatWasTyped() {
        String matrix = matrix("Form");
        Map<String, Object> form = new LinkedHashMap<>(pageForm("Street drinking", 2));
        form.remove("harmToPeople");
        form.put("fear", "9");
        Response page = Forms.post("/reports/matrix/" + matrix + "/issues/new", "/reports/matrix/" + matrix + "/issues", form);
        assertEquals(400, page.statusCode());
        String html = page.asString();
        assertTrue(html.contains("<a href=\"#harmToPeople\">Choose a score from 0 to 5 for harm to people</a>"), html);
        assertTrue(html.contains("<a href=\"#fear\">Choose a score from 0 to 5 for fear or worry</a>"), html);
        assertTrue(html.contains("value=\"Street drinking\""), "the name typed is kept");
        assertTrue(html.contains("id=\"cost-2\" name=\"cost\" type=\"radio\" value=\"2\" checked"), "the scores chosen are kept");
        given().get("/api/v1/matrices/" + matrix).then().body("issues.size()", equalTo(0));

        form.put("harmToPeople", "1");
        form.put("fear", "3");
        Response saved = Forms.post("/reports/matrix/" + matrix + "/issues/new", "/reports/matrix/" + matrix + "/issues", form);
        assertEquals(303, saved.statusCode());
        given().accept("text/html").get(saved.header("Location")).then().statusCode(200)
                .body(containsString("Scores of Street drinking saved"));
        given().get("/api/v1/matrices/" + matrix).then().body("issues[0].total", equalTo(2 * 7 + 1 + 3));
    }

    private void asCoordinator() {
        Identities.signIn(identity, "matrix-coordinator", "Sam Okafor", "ASBTEAM", "coordinator");
    }

    private String matrix(String title) {
        return given().contentType("application/json").body(Map.of("title", Forms.unique(title + " ")))
                .post("/api/v1/matrices").then().statusCode(201).extract().path("id");
    }

    private static Response importCsv(String matrix, String csv) {
        return given().contentType("text/csv").body(csv).post("/api/v1/matrices/" + matrix + "/import");
    }

    private static Response upload(String matrix, String csv) {
        Response form = given().accept("text/html").get("/reports/matrix/" + matrix);
        Matcher token = TOKEN.matcher(form.asString());
        assertTrue(token.find(), "the page holds a CSRF token");
        return given().accept("text/html").redirects().follow(false).cookie("csrf-token", form.cookie("csrf-token"))
                .multiPart("csrf-token", token.group(1))
                .multiPart("file", "matrix.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/reports/matrix/" + matrix + "/import");
    }

    /** The demo's file: the same one the demo loader imports. */
    private static String seedFile() throws IOException {
        try (InputStream file = StrategicRiskMatrixTest.class.getResourceAsStream("/demo/strategic-matrix-2013-14.csv")) {
            return new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Object> issue(String name, int... scores) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        Criterion[] criteria = Criterion.values();
        for (int i = 0; i < criteria.length; i++) {
            body.put(criteria[i].field(), scores[i]);
        }
        return body;
    }

    private static Map<String, Object> pageForm(String name, int everyScore) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        for (Criterion criterion : Criterion.values()) {
            form.put(criterion.field(), String.valueOf(everyScore));
        }
        return form;
    }

    private static Map<String, Object> scoresOf(Map<String, Object> issue) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            scores.put(criterion.field(), issue.get(criterion.field()));
        }
        return scores;
    }

    private static Map<String, int[]> seed(Object... rows) {
        Map<String, int[]> seed = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 3) {
            seed.put((String) rows[i], new int[] { (Integer) rows[i + 1], (Integer) rows[i + 2] });
        }
        return seed;
    }
}
