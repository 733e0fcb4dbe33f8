package org.roundtable.report.datareturn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.AgencyType;
import org.roundtable.agency.SafeLivesSource;
import org.roundtable.audit.AuditEvent;
import org.roundtable.audit.AuditQuery;
import org.roundtable.audit.AuditService;
import org.roundtable.referral.Ethnicity;
import org.roundtable.referral.YesNoNotKnown;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.report.datareturn.ReturnFixtures.Case;
import org.roundtable.report.datareturn.ReturnFixtures.Someone;
import org.roundtable.support.Identities;

/**
 * The MARAC data return against a fixture counted by hand: the first quarter of 2011, which no other test uses.
 *
 * <pre>
 * meeting             status     cases heard
 * 10 Feb 2011 10:00   APPROVED   8, 9: nothing coded (every characteristic blank)
 *  3 Mar 2011 10:00   PUBLISHED  a listed case: not held, so no row
 * 17 Mar 2011 10:00   HELD       none (a row of zeros and blanks)
 * 31 Mar 2011 23:30   HELD       1-6 heard; 7 deferred (not counted); 22:30 UTC, still the first quarter in London
 *  1 Apr 2011 00:30   HELD       10: the second quarter in London, although 31 March 23:30 in UTC
 * 15 May 2011 10:00   HELD       one case for each ethnicity answer (21)
 * </pre>
 * Cases 1-6 were submitted on 20 March 2011 (ages are at that day):
 * <pre>
 * case source          repeat children ethnicity          disabled  LGBTQ+    sex        victim age    harm-causer age
 * 1    police          yes    2        Asian: Indian      yes       no        Female     17 (born)     17 (born)
 * 2    IDVA            no     0        White British      no        yes       Male       70 (age)      30 (age)
 * 3    secondary care  yes    1        White: Irish       not known (none)    Not known  40 (born)     (none)
 * 4    police          no     3        Black: African     yes       not known Female     16 (born that day) 45 (age)
 * 5    health, unset   no     0        prefers not to say (none)    (none)    Female     65 (born that day) (none)
 * 6    unknown agency  no     0        Mixed: White/Asian no        (none)    Female     31 (born)     18 (born that day)
 * </pre>
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "coordinator")
class DataReturnTest {

    static final String Q1 = "?period=quarter&year=2011&quarter=1";
    static final String Q2 = "?period=quarter&year=2011&quarter=2";
    private static final java.time.Instant SUBMITTED = LocalDateTime.of(2011, 3, 20, 12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    private static final LocalDate SUBMITTED_ON = LocalDate.of(2011, 3, 20);

    private static boolean loaded;
    private static ReferralFixtures.Partnership partnership;
    private static String police;

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
            load();
            loaded = true;
        }
        fixtures.shippedSettings();
        partnership.signInCoordinator(identity);
    }

    private void load() {
        partnership = referrals.partnership();
        police = fixtures.agency(AgencyType.POLICE, null);
        String idva = fixtures.agency(AgencyType.IDVA_SERVICE, SafeLivesSource.IDVA);
        String hospital = fixtures.agency(AgencyType.HEALTH, SafeLivesSource.SECONDARY_CARE);
        String unsetHealth = fixtures.agency(AgencyType.HEALTH, null);

        UUID february = fixtures.meeting(LocalDateTime.of(2011, 2, 10, 10, 0), "APPROVED");
        fixtures.onAgenda(february, new Case(police, SUBMITTED, false, 0, new Someone(null, null, null), null, null, null, null), "HEARD");
        fixtures.onAgenda(february, new Case(idva, SUBMITTED, false, 0, new Someone("Not known", null, null), null, Ethnicity.NOT_KNOWN,
                YesNoNotKnown.NOT_KNOWN, YesNoNotKnown.NOT_KNOWN), "HEARD");

        UUID notHeld = fixtures.meeting(LocalDateTime.of(2011, 3, 3, 10, 0), "PUBLISHED");
        fixtures.onAgenda(notHeld, new Case(police, SUBMITTED, false, 1, Someone.aged("Female", 30), null, Ethnicity.ASIAN_CHINESE,
                YesNoNotKnown.YES, YesNoNotKnown.YES), "LISTED");

        fixtures.meeting(LocalDateTime.of(2011, 3, 17, 10, 0), "HELD");

        UUID lastDay = fixtures.meeting(LocalDateTime.of(2011, 3, 31, 23, 30), "HELD");
        fixtures.onAgenda(lastDay, new Case(police, SUBMITTED, true, 2, Someone.born("Female", LocalDate.of(1993, 6, 1)),
                Someone.born("Male", LocalDate.of(1993, 9, 1)), Ethnicity.ASIAN_INDIAN, YesNoNotKnown.YES, YesNoNotKnown.NO), "HEARD");
        fixtures.onAgenda(lastDay, new Case(idva, SUBMITTED, false, 0, Someone.aged("Male", 70), Someone.aged("Female", 30),
                Ethnicity.WHITE_BRITISH, YesNoNotKnown.NO, YesNoNotKnown.YES), "HEARD");
        fixtures.onAgenda(lastDay, new Case(hospital, SUBMITTED, true, 1, Someone.born("Not known", LocalDate.of(1970, 5, 5)), null,
                Ethnicity.WHITE_IRISH, YesNoNotKnown.NOT_KNOWN, null), "HEARD");
        fixtures.onAgenda(lastDay, new Case(police, SUBMITTED, false, 3, Someone.born("Female", SUBMITTED_ON.minusYears(16)),
                Someone.aged("Male", 45), Ethnicity.BLACK_AFRICAN, YesNoNotKnown.YES, YesNoNotKnown.NOT_KNOWN), "HEARD");
        fixtures.onAgenda(lastDay, new Case(unsetHealth, SUBMITTED, false, 0, Someone.born("Female", SUBMITTED_ON.minusYears(65)), null,
                Ethnicity.PREFER_NOT_TO_SAY, null, null), "HEARD");
        fixtures.onAgenda(lastDay, new Case("NOSUCHAGENCY", SUBMITTED, false, 0, Someone.born("female", LocalDate.of(1980, 1, 1)),
                Someone.born("Male", SUBMITTED_ON.minusYears(18)), Ethnicity.MIXED_WHITE_ASIAN, YesNoNotKnown.NO, null), "HEARD");
        fixtures.onAgenda(lastDay, new Case(police, SUBMITTED, true, 4, Someone.aged("Male", 17), Someone.aged("Male", 15),
                Ethnicity.OTHER_ARAB, YesNoNotKnown.YES, YesNoNotKnown.YES), "DEFERRED");

        UUID nextQuarter = fixtures.meeting(LocalDateTime.of(2011, 4, 1, 0, 30), "HELD");
        fixtures.onAgenda(nextQuarter, new Case(police, SUBMITTED, true, 1, Someone.aged("Female", 40), null, Ethnicity.WHITE_ROMA,
                YesNoNotKnown.NO, YesNoNotKnown.NO), "HEARD");

        UUID everyEthnicity = fixtures.meeting(LocalDateTime.of(2011, 5, 15, 10, 0), "HELD");
        for (Ethnicity ethnicity : Ethnicity.values()) {
            fixtures.onAgenda(everyEthnicity, new Case(idva, SUBMITTED, false, 0, Someone.aged("Female", 30), null, ethnicity, null, null),
                    "HEARD");
        }
    }

    private static JsonPath rows(String query) {
        return given().get("/api/v1/reports/marac-data-return" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath rows, String date) {
        return rows.getMap("find { it.meetingDate == '" + date + "' }");
    }

    @Test
    void aMeetingOnTheQuartersLastDayInLondonIsInItAndOneOnTheNextDaysFirstHalfHourIsNot() {
        assertEquals(List.of("2011-02-10", "2011-03-17", "2011-03-31"), rows(Q1).getList("meetingDate"),
                "the published meeting of 3 March was not held; 1 April 00:30 London is 31 March 23:30 UTC but the next quarter");
        assertEquals(List.of("2011-04-01", "2011-05-15"), rows(Q2).getList("meetingDate"));
        assertEquals(List.of("2011-04-01"), rows("?period=custom&from=2011-04-01&to=2011-04-01").getList("meetingDate"));
    }

    @Test
    void everyFigureOfTheLastDaysMeetingIsTheHandCount() {
        Map<String, Object> row = row(rows(Q1), "2011-03-31");
        assertEquals("MARAC", row.get("maracName"));
        assertEquals(6, row.get("casesDiscussed"), "cases 1-6 heard; case 7 was deferred");
        assertEquals(2, row.get("repeatCases"), "cases 1 and 3");
        assertEquals(6, row.get("childrenInHouseholds"), "2 + 1 + 3");
        assertEquals(3, row.get("casesWithChildren"), "cases 1, 3 and 4");
        Map<String, Object> expectedSources = new java.util.LinkedHashMap<>();
        for (SafeLivesSource source : SafeLivesSource.values()) {
            expectedSources.put(source.name(), 0);
        }
        expectedSources.put("POLICE", 2);
        expectedSources.put("IDVA", 1);
        expectedSources.put("SECONDARY_CARE", 1);
        expectedSources.put("OTHER", 2);
        assertEquals(expectedSources, row.get("casesBySource"), "police 1 and 4; IDVA 2; secondary care 3; other: an unset health agency (5) "
                + "and an agency code no agency has (6)");
        assertEquals(4, row.get("raciallyMinoritised"), "1 Asian, 3 Other White, 4 Black, 6 Mixed; 2 is White British; 5 prefers not to say");
        assertEquals(1, row.get("lgbtq"), "case 2, of 1 and 2 that answered");
        assertEquals(2, row.get("disabled"), "cases 1 and 4");
        assertEquals(1, row.get("male"), "case 2; case 6's 'female' is recorded too, whatever its case");
        assertEquals(2, row.get("aged16To17"), "case 1 (17) and case 4 (16 on the day it was submitted)");
        assertEquals(1, row.get("perpetratorUnder18"), "case 1 (17); case 6's is 18 on the day, so not under 18");
        assertEquals(2, row.get("aged65OrOver"), "case 2 (70) and case 5 (65 on the day)");
        assertEquals(1, row.get("asian"));
        assertEquals(1, row.get("black"));
        assertEquals(1, row.get("mixed"));
        assertEquals(1, row.get("otherWhite"));
        assertEquals(0, row.get("otherEthnicGroup"), "ethnicity was recorded, and no case was of another group: 0, not blank");
    }

    @Test
    void eachEthnicityAnswerCountsInItsColumnAndOnlyWhiteBritishIsNotRaciallyMinoritised() {
        Map<String, Object> row = row(rows(Q2), "2011-05-15");
        assertEquals(21, row.get("casesDiscussed"));
        assertEquals(5, row.get("asian"), "Bangladeshi, Chinese, Indian, Pakistani, other Asian");
        assertEquals(3, row.get("black"), "African, Caribbean, other Black");
        assertEquals(4, row.get("mixed"), "White and Asian, White and Black African, White and Black Caribbean, other Mixed");
        assertEquals(4, row.get("otherWhite"), "Irish, Gypsy or Irish Traveller, Roma, other White");
        assertEquals(2, row.get("otherEthnicGroup"), "Arab, any other");
        assertEquals(18, row.get("raciallyMinoritised"), "every ethnicity but White British; not known and prefers not to say record none");
    }

    @Test
    void aCharacteristicNoCaseRecordedIsBlankNotZero() {
        JsonPath rows = rows(Q1);
        Map<String, Object> nothingCoded = row(rows, "2011-02-10");
        assertEquals(2, nothingCoded.get("casesDiscussed"));
        for (String characteristic : List.of("raciallyMinoritised", "lgbtq", "disabled", "male", "aged16To17", "perpetratorUnder18",
                "aged65OrOver", "asian", "black", "mixed", "otherWhite", "otherEthnicGroup")) {
            assertTrue(nothingCoded.containsKey(characteristic), characteristic + " is in the row");
            assertNull(nothingCoded.get(characteristic), characteristic + ": no case recorded it (not known counts as not recorded)");
        }
        Map<String, Object> noCases = row(rows, "2011-03-17");
        assertEquals(0, noCases.get("casesDiscussed"));
        assertEquals(0, noCases.get("repeatCases"));
        assertNull(noCases.get("disabled"), "a meeting that heard no case recorded nothing");

        String csv = given().get("/api/v1/reports/marac-data-return/export.csv" + Q1).then().statusCode(200).extract().asString();
        assertTrue(csv.contains("\r\nMARAC,2011-02-10,2,0,0,0,1,1,0,0,0,0,0,0,0,0,0,0,0,,,,,,,,,,,,\r\n"), csv);
    }

    @Test
    void repeatsAndCasesWithChildrenNeverExceedCasesDiscussedAndTheSourcesAddUpToThem() {
        int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
        List<Map<String, Object>> all = new ArrayList<>(rows(Q1).getList("$"));
        all.addAll(rows(Q2).getList("$"));
        // Every other test's meetings too: the rules hold for any data, not only this fixture.
        all.addAll(rows("?period=year&year=" + year).getList("$"));
        all.addAll(rows("?period=year&year=" + (year + 1)).getList("$"));
        assertTrue(all.size() >= 5);
        for (Map<String, Object> row : all) {
            int cases = (Integer) row.get("casesDiscussed");
            assertTrue((Integer) row.get("repeatCases") <= cases, "repeats <= cases: " + row);
            assertTrue((Integer) row.get("casesWithChildren") <= cases, "cases with children <= cases: " + row);
            @SuppressWarnings("unchecked")
            Map<String, Integer> sources = (Map<String, Integer>) row.get("casesBySource");
            assertEquals(SafeLivesSource.values().length, sources.size());
            assertEquals(cases, sources.values().stream().mapToInt(Integer::intValue).sum(), "sources add up to cases: " + row);
        }
    }

    @Test
    void theCsvHasSafeLivesColumnsInOrderAndExactSmallCounts() {
        String csv = given().get("/api/v1/reports/marac-data-return/export.csv" + Q1).then().statusCode(200)
                .header("Content-Disposition", containsString("marac-data-return")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("MARAC name,Meeting date,Cases discussed,Repeat cases,Children in the households,Cases with children,"
                + "Referred by: Police,Referred by: IDVA,Referred by: Children's social care,Referred by: Primary care,"
                + "Referred by: Secondary care,Referred by: Education,Referred by: Housing,Referred by: Mental health,"
                + "Referred by: Probation,Referred by: Voluntary sector,Referred by: Substance misuse,Referred by: Adult safeguarding,"
                + "Referred by: Other,Racially minoritised victims,LGBTQ+ victims,Disabled victims,Male victims,Victims aged 16-17,"
                + "Person causing harm aged under 18,Victims aged 65 or over,Ethnicity: Asian,Ethnicity: Black,Ethnicity: Mixed,"
                + "Ethnicity: Other White,Ethnicity: Other", lines[0]);
        assertEquals(4, lines.length, "a header and three meetings");
        // Counts of 1 to 4 are written exactly: SafeLives receives the return under an agreement (no "<5").
        assertEquals("MARAC,2011-03-31,6,2,6,3,2,1,0,0,1,0,0,0,0,0,0,0,2,4,1,2,1,2,1,2,1,1,1,1,0", lines[3]);
        assertEquals("MARAC,2011-03-17,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,,,,,,,,,,,", lines[2]);
    }

    @Test
    void theXlsxHoldsTheSameCellsAsTheCsv() throws Exception {
        String csv = given().get("/api/v1/reports/marac-data-return/export.csv" + Q1).then().statusCode(200).extract().asString();
        byte[] xlsx = given().get("/api/v1/reports/marac-data-return/export.xlsx" + Q1).then().statusCode(200)
                .contentType(DataReturnResource.XLSX).extract().asByteArray();
        List<List<String>> fromCsv = Arrays.stream(csv.split("\r\n")).map(line -> Arrays.asList(line.split(",", -1))).toList();
        List<List<String>> fromXlsx = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(DataReturnXlsx.SHEET);
            DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < DataReturnColumns.HEADERS.size(); i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                fromXlsx.add(cells);
            }
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(3).getCell(2).getCellType(), "counts are numbers");
            assertNull(sheet.getRow(2).getCell(DataReturnColumns.HEADERS.size() - 1), "a blank is an empty cell, not 0");
        }
        assertEquals(fromCsv, fromXlsx);
    }

    @Test
    void everyDownloadIsAuditedWithItsFormatAndPeriod() {
        given().get("/api/v1/reports/marac-data-return/export.xlsx" + Q1).then().statusCode(200);
        given().accept("text/csv").get("/reports/marac-data-return/export.csv" + Q2).then().statusCode(200);
        List<String> details = audit.search(new AuditQuery(partnership.coordinatorSubject(), null, "report", "marac-data-return", null, null))
                .stream().filter(e -> e.action.equals("report.download")).map(e -> e.detail).toList();
        assertTrue(details.contains("format=xlsx; period=Q1 2011; from=2011-01-01; to=2011-03-31"), details.toString());
        assertTrue(details.contains("format=csv; period=Q2 2011; from=2011-04-01; to=2011-06-30"), details.toString());
    }

    @Test
    void referrersHousingSpocsAndCoordinatorsOfOtherConferencesAreRefused() {
        partnership.signInReferrer(identity);
        given().get("/api/v1/reports/marac-data-return" + Q1).then().statusCode(403);
        given().get("/api/v1/reports/marac-data-return/export.csv" + Q1).then().statusCode(403);
        given().accept("text/html").get("/reports/marac-data-return" + Q1).then().statusCode(403);
        Identities.signIn(identity, "spoc-" + partnership.housing(), "Hana Price", partnership.housing(), "agency-spoc");
        given().get("/api/v1/reports/marac-data-return/export.xlsx" + Q1).then().statusCode(403);
        given().get("/api/v1/reports/marac-data-return/summary" + Q1).then().statusCode(403);

        // A coordinator of ASBRAC alone passes the role check but not MARAC's own: refused, and the refusal audited.
        String asbracCoordinator = "asbrac-" + partnership.coordinatorSubject();
        Identities.signIn(identity, asbracCoordinator, "Amir Shah", "ASBTEAM", "coordinator");
        given().get("/api/v1/reports/marac-data-return/export.csv" + Q1).then().statusCode(403);
        List<AuditEvent> refusals = audit.search(new AuditQuery(asbracCoordinator, null, "report", "marac-data-return", null, null));
        assertEquals(List.of("report.denied"), refusals.stream().map(e -> e.action).toList());

        Identities.signIn(identity, partnership.chairSubject(), "Ruth Miller", partnership.police(), "chair");
        given().get("/api/v1/reports/marac-data-return" + Q1).then().statusCode(200).body("size()", equalTo(3));
        Identities.signIn(identity, "auditor-" + partnership.housing(), "Ava Reid", null, "auditor");
        given().get("/api/v1/reports/marac-data-return/export.csv" + Q1).then().statusCode(200);
        Identities.signIn(identity, "admin-" + partnership.housing(), "Ade Cole", null, "admin");
        given().accept("text/html").get("/reports/marac-data-return" + Q1).then().statusCode(200);
    }

    @Test
    void thePageShowsTheTableWithBlanksAsNotCollectedAndLinksTheDownloads() {
        String page = given().accept("text/html").get("/reports/marac-data-return" + Q1).then().statusCode(200).extract().asString();
        assertTrue(page.contains("MARAC data return: Q1 2011"), page);
        assertTrue(page.contains("href=\"/reports/marac-data-return/export.csv?period=quarter&amp;year=2011&amp;quarter=1\""), page);
        assertTrue(page.contains("href=\"/reports/marac-data-return/export.xlsx?period=quarter&amp;year=2011&amp;quarter=1\""), page);
        assertTrue(page.contains("<th scope=\"row\" class=\"govuk-table__header rt-nowrap\">31 Mar 2011</th>"), page);
        assertTrue(page.contains(">Not collected</td>"), page);

        String bad = given().accept("text/html").get("/reports/marac-data-return?period=quarter&year=2011&quarter=5").then()
                .statusCode(400).extract().asString();
        assertTrue(bad.contains("Quarter must be 1, 2, 3 or 4"), bad);
        given().get("/api/v1/reports/marac-data-return?period=fortnight").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }
}
