package org.roundtable.report.datareturn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.AgencyType;
import org.roundtable.audit.AuditQuery;
import org.roundtable.audit.AuditService;
import org.roundtable.referral.Ethnicity;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.referral.YesNoNotKnown;
import org.roundtable.report.datareturn.ReturnFixtures.Case;
import org.roundtable.report.datareturn.ReturnFixtures.Someone;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

/**
 * The one-page summary, the national figures and the return's settings. The fixture is the first quarter of 2012
 * (91 days), which no other test uses:
 * <pre>
 * 12 Jan 2012  a: police,  repeat,    1 child,  White British,  disabled,     not LGBTQ+,     Female, 30
 *              b: IDVA,    no repeat, 0,        Asian,          not disabled, LGBTQ+ not known, Male, 17
 *              c: housing, repeat,    2,        (none),         (none),       (none),         Female, 40
 * 23 Feb 2012  d: police,  no repeat, 0,        Black,          (none),       LGBTQ+,         Female, 16
 * </pre>
 * 2 meetings, 4 cases, 3 children; repeats 2 of 4 = 50.0%; other agencies than the police 2 of 4 = 50.0%; racially
 * minoritised 2 of the 3 recorded = 66.7%; LGBTQ+ 1 of 2 = 50.0%; disabled 1 of 2 = 50.0%; male 1 of 4 = 25.0%;
 * aged 16-17 2 of 4 = 50.0%. With 20,000 adult women: 4 x 10,000 / 20,000 x 365 / 91 = 8.02, shown as 8.0.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "admin")
class DataReturnSummaryTest {

    private static final String Q1 = "?period=quarter&year=2012&quarter=1";
    private static final java.time.Instant SUBMITTED = LocalDateTime.of(2012, 1, 5, 9, 0).atZone(ZoneId.of("Europe/London")).toInstant();

    private static boolean loaded;
    private static ReferralFixtures.Partnership partnership;

    @Inject
    ReturnFixtures fixtures;

    @Inject
    ReferralFixtures referrals;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    AuditService audit;

    @BeforeEach
    void fixture() {
        if (!loaded) {
            partnership = referrals.partnership();
            String police = fixtures.agency(AgencyType.POLICE, null);
            String idva = fixtures.agency(AgencyType.IDVA_SERVICE, null);
            String housing = fixtures.agency(AgencyType.HOUSING, null);
            UUID january = fixtures.meeting(LocalDateTime.of(2012, 1, 12, 10, 0), "HELD");
            fixtures.onAgenda(january, new Case(police, SUBMITTED, true, 1, Someone.aged("Female", 30), null, Ethnicity.WHITE_BRITISH,
                    YesNoNotKnown.YES, YesNoNotKnown.NO), "HEARD");
            fixtures.onAgenda(january, new Case(idva, SUBMITTED, false, 0, Someone.aged("Male", 17), null, Ethnicity.ASIAN_PAKISTANI,
                    YesNoNotKnown.NO, YesNoNotKnown.NOT_KNOWN), "HEARD");
            fixtures.onAgenda(january, new Case(housing, SUBMITTED, true, 2, Someone.aged("Female", 40), null, null, null, null), "HEARD");
            UUID february = fixtures.meeting(LocalDateTime.of(2012, 2, 23, 10, 0), "HELD");
            fixtures.onAgenda(february, new Case(police, SUBMITTED, false, 0, Someone.aged("Female", 16), null, Ethnicity.BLACK_CARIBBEAN,
                    null, YesNoNotKnown.YES), "HEARD");
            loaded = true;
        }
        fixtures.shippedSettings();
        asAdmin();
    }

    private void asAdmin() {
        Identities.signIn(identity, "admin-" + partnership.housing(), "Ade Cole", null, "admin");
    }

    private static void setPopulation(Integer population) {
        int version = given().get("/api/v1/reports/marac-data-return/settings").then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("maracName", "MARAC");
        body.put("adultFemalePopulation", population);
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(body)
                .put("/api/v1/reports/marac-data-return/settings").then().statusCode(200).body("adultFemalePopulation", equalTo(population));
    }

    /** The summary as JSON, decimals read as doubles (36.1 stays 36.1). */
    private static JsonPath summary() {
        String body = given().get("/api/v1/reports/marac-data-return/summary" + Q1).then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new io.restassured.path.json.config.JsonPathConfig(
                io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Test
    void theSummaryPutsEachHandCountedFigureBesideTheNationalOne() {
        setPopulation(null);
        JsonPath summary = summary();
        assertEquals("Q1 2012", summary.getString("periodLabel"));
        assertEquals(2, summary.getInt("partnership.meetings"));
        assertEquals(4, summary.getInt("partnership.cases"));
        assertEquals(3, summary.getInt("partnership.children"));
        assertEquals(2, summary.getInt("partnership.repeats"));
        assertEquals(50.0, summary.getDouble("partnership.repeatPercent"));
        assertEquals(2, summary.getInt("partnership.referredByOtherAgencies"));
        assertEquals(50.0, summary.getDouble("partnership.referredByOtherAgenciesPercent"));
        assertEquals(Map.of("count", 2, "recorded", 3, "percent", 66.7), summary.getMap("partnership.raciallyMinoritised"));
        assertEquals(Map.of("count", 1, "recorded", 2, "percent", 50.0), summary.getMap("partnership.lgbtq"));
        assertEquals(Map.of("count", 1, "recorded", 2, "percent", 50.0), summary.getMap("partnership.disabled"));
        assertEquals(Map.of("count", 1, "recorded", 4, "percent", 25.0), summary.getMap("partnership.male"));
        assertEquals(Map.of("count", 2, "recorded", 4, "percent", 50.0), summary.getMap("partnership.aged16To17"));
        assertNull(summary.get("partnership.adultFemalePopulation"));
        assertNull(summary.get("partnership.casesPer10kWomen"), "no rate until the population is set");

        // The national figures seeded by the migration: SafeLives, 12 months to September 2024.
        assertEquals("2024-09-30", summary.getString("national.yearEnding"));
        assertTrue(summary.getString("national.source").startsWith("SafeLives"));
        assertEquals(List.of(47.0, 40.0, 31.0, 36.1, 14.1, 1.6, 10.1, 6.4, 1.3), List.of(summary.getDouble("national.casesPer10kWomen"),
                summary.getDouble("national.recommendedCasesPer10k"), summary.getDouble("national.repeatPercent"),
                summary.getDouble("national.nonPolicePercent"), summary.getDouble("national.raciallyMinoritisedPercent"),
                summary.getDouble("national.lgbtPercent"), summary.getDouble("national.disabledPercent"),
                summary.getDouble("national.malePercent"), summary.getDouble("national.aged16To17Percent")));

        String page = given().accept("text/html").get("/reports/marac-data-return/summary" + Q1).then().statusCode(200).extract().asString();
        assertTrue(page.contains(">Set the population</a>"), page);
        assertTrue(page.contains("2 of 3 cases that recorded it"), page);
        assertTrue(page.contains("12 months to September 2024"), page);

        // A coordinator reads the report but cannot set the population: no link to a page that would refuse them.
        partnership.signInCoordinator(identity);
        String coordinators = given().accept("text/html").get("/reports/marac-data-return/summary" + Q1).then().statusCode(200).extract()
                .asString();
        assertTrue(coordinators.contains(">Not set</td>") && !coordinators.contains("/admin/marac-data-return"), coordinators);
        asAdmin();

        setPopulation(20_000);
        assertEquals(8.0, summary().getDouble("partnership.casesPer10kWomen"), "4 x 10,000 / 20,000 x 365 / 91 = 8.02");
        page = given().accept("text/html").get("/reports/marac-data-return/summary" + Q1).then().statusCode(200).extract().asString();
        assertTrue(page.contains(">8.0</td>") && !page.contains("Set the population"), page);
        setPopulation(null);
    }

    @Test
    void anAdministratorReplacesTheNationalFiguresWithTheirYearAndSourceAndTheChangeIsAudited() {
        JsonPath seeded = given().get("/api/v1/reports/marac-data-return/national-figures").then().statusCode(200).extract().jsonPath();
        int version = seeded.getInt("version");
        Map<String, Object> next = new HashMap<>(Map.of("yearEnding", "2025-09-30", "source", "SafeLives Marac national dataset, UK",
                "casesPer10kWomen", 48, "recommendedCasesPer10k", 40, "repeatPercent", 32, "nonPolicePercent", 37.2,
                "raciallyMinoritisedPercent", 15.0, "lgbtPercent", 1.7, "disabledPercent", 10.5, "malePercent", 6.6));
        next.put("aged16To17Percent", 1.2);

        Map<String, Object> tooPrecise = new HashMap<>(next);
        tooPrecise.put("repeatPercent", 31.25);
        tooPrecise.put("malePercent", 101);
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(tooPrecise)
                .put("/api/v1/reports/marac-data-return/national-figures").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("repeatPercent", "malePercent"));

        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(next)
                .put("/api/v1/reports/marac-data-return/national-figures").then().statusCode(200)
                .body("yearEnding", equalTo("2025-09-30")).body("version", equalTo(version + 1));
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(next)
                .put("/api/v1/reports/marac-data-return/national-figures").then().statusCode(409);
        assertEquals(37.2, summary().getDouble("national.nonPolicePercent"));
        String detail = audit.search(new AuditQuery("admin-" + partnership.housing(), null, "report", "marac-data-return", null, null))
                .stream().filter(e -> e.action.equals("report.national-figures")).findFirst().orElseThrow().detail;
        assertTrue(detail.contains("before: yearEnding=2024-09-30") && detail.contains("after: yearEnding=2025-09-30"), detail);

        partnership.signInCoordinator(identity);
        given().contentType("application/json").header("If-Match", String.valueOf(version + 1)).body(next)
                .put("/api/v1/reports/marac-data-return/national-figures").then().statusCode(403);

        asAdmin();
        Map<String, Object> original = new HashMap<>(Map.of("yearEnding", "2024-09-30", "source", seeded.getString("source"),
                "casesPer10kWomen", 47, "recommendedCasesPer10k", 40, "repeatPercent", 31, "nonPolicePercent", 36.1,
                "raciallyMinoritisedPercent", 14.1, "lgbtPercent", 1.6, "disabledPercent", 10.1, "malePercent", 6.4));
        original.put("aged16To17Percent", 1.3);
        given().contentType("application/json").header("If-Match", String.valueOf(version + 1)).body(original)
                .put("/api/v1/reports/marac-data-return/national-figures").then().statusCode(200);
    }

    @Test
    void theSettingsPageKeepsWhatWasTypedOnAnErrorAndSavesBothForms() {
        String page = given().accept("text/html").get("/admin/marac-data-return").then().statusCode(200).extract().asString();
        assertTrue(page.contains("value=\"47\"") && page.contains("value=\"36.1\""), page);
        int version = given().get("/api/v1/reports/marac-data-return/settings").then().extract().path("version");

        var bad = Forms.post("/admin/marac-data-return", "/admin/marac-data-return/settings",
                Map.of("version", version, "maracName", "Central Bedfordshire MARAC", "adultFemalePopulation", "lots"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("Enter the population as a whole number") && bad.asString().contains("Central Bedfordshire MARAC"));

        var saved = Forms.post("/admin/marac-data-return", "/admin/marac-data-return/settings",
                Map.of("version", version, "maracName", "Central Bedfordshire MARAC", "adultFemalePopulation", "112,400"));
        assertEquals(303, saved.statusCode());
        given().get("/api/v1/reports/marac-data-return/settings").then().body("maracName", equalTo("Central Bedfordshire MARAC"))
                .body("adultFemalePopulation", equalTo(112_400));
        assertTrue(given().get("/api/v1/reports/marac-data-return/export.csv" + Q1).then().extract().asString()
                .contains("\r\nCentral Bedfordshire MARAC,2012-01-12,3,"), "the name heads every row");

        var stale = Forms.post("/admin/marac-data-return", "/admin/marac-data-return/settings",
                Map.of("version", version, "maracName", "Old name", "adultFemalePopulation", ""));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.asString().contains("Someone else changed these settings") && stale.asString().contains("Old name"));

        int nationalVersion = given().get("/api/v1/reports/marac-data-return/national-figures").then().extract().path("version");
        var badFigure = Forms.post("/admin/marac-data-return", "/admin/marac-data-return/national-figures",
                Map.ofEntries(Map.entry("version", nationalVersion), Map.entry("yearEnding", "September 2025"), Map.entry("source", "SafeLives"),
                        Map.entry("casesPer10kWomen", "47"), Map.entry("recommendedCasesPer10k", "40"), Map.entry("repeatPercent", "31"),
                        Map.entry("nonPolicePercent", "36.1"), Map.entry("raciallyMinoritisedPercent", "14.1"), Map.entry("lgbtPercent", "1.6"),
                        Map.entry("disabledPercent", "ten"), Map.entry("malePercent", "6.4"), Map.entry("aged16To17Percent", "1.3")));
        assertEquals(400, badFigure.statusCode());
        assertTrue(badFigure.asString().contains("Enter the last day as YYYY-MM-DD") && badFigure.asString().contains("value=\"ten\""));

        setPopulation(null);
    }
}
