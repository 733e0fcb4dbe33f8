package org.roundtable.report.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.support.Identities;

/** The page: a table beside every chart, counts that link to their cases, Chart.js served here, no inline script. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class DashboardPageTest {

    private static final String Q1 = "kind=MARAC&period=quarter&year=2013&quarter=1";

    @Inject
    DashboardFixture fixture;

    @Inject
    TestIdentityAssociation identity;

    @BeforeEach
    void signIn() {
        fixture.load();
        fixture.user("dash-page-coordinator", "DBHSG", "coordinator", ConferenceKind.MARAC);
        Identities.signIn(identity, "dash-page-coordinator", "Coordinator", "DBHSG", "coordinator");
    }

    @Test
    void everyChartHasItsTableBesideIt() {
        String page = given().get("/reports/dashboard?" + Q1).then().statusCode(200).extract().asString();
        List<String> charts = all(page, "<canvas data-chart-for=\"([a-z]+)\"");
        assertEquals(List.of("referrals", "agencies", "repeats", "meetings", "children", "actions", "times"), charts);
        for (String chart : charts) {
            assertTrue(page.contains("<table class=\"govuk-table\" id=\"" + chart + "\" data-chart="), "a table for the chart " + chart);
        }
        assertTrue(page.contains("<h1 class=\"govuk-heading-l\">MARAC dashboard: Q1 2013</h1>"));
        assertTrue(page.contains("data-value=\"5\"><a class=\"govuk-link\" href=\"/reports/dashboard/cases?" + Q1.replace("&", "&amp;")
                + "&amp;figure=received\">5</a>"), "the count received links to its cases");
        assertTrue(page.contains("Police share: <strong>40.0%</strong>"));
        assertTrue(page.contains("Repeat referrals: <strong>40.0%</strong>"));
        assertTrue(page.contains("1 hour") && page.contains("10 hours"), "times to first attempt and contact in words");
    }

    @Test
    void chartsComeFromTheApplicationAndNoScriptIsInline() {
        String page = given().get("/reports/dashboard?" + Q1).then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self';")).extract().asString();
        List<String> scripts = all(page, "<script([^>]*)>");
        assertTrue(scripts.stream().allMatch(s -> s.contains(" src=\"/")), "every script is a served file: " + scripts);
        assertTrue(scripts.stream().anyMatch(s -> s.contains("/webjars/chart.js/4.4.1/dist/chart.umd.js")));
        given().get("/webjars/chart.js/4.4.1/dist/chart.umd.js").then().statusCode(200).body(containsString("Chart"));
        given().get("/static/js/dashboard.js").then().statusCode(200).body(containsString("data-chart-for"));
    }

    @Test
    void theListOfCasesBehindACountLinksToEachCase() {
        given().get("/reports/dashboard/cases?" + Q1 + "&figure=repeats").then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">Repeat referrals</h1>"))
                .body(containsString("href=\"/cases/" + DashboardFixture.id("R2") + "\">DASHBOARD-R2</a>"))
                .body(containsString("href=\"/cases/" + DashboardFixture.id("R5") + "\">DASHBOARD-R5</a>"))
                .body(containsString("2 cases."));
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
