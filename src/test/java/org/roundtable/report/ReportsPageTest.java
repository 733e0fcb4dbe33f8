package org.roundtable.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Identities;

/** The reports index: one menu item for readers, every report linked from it, nothing for anyone else. */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class ReportsPageTest {

    @Inject
    TestIdentityAssociation identity;

    @Test
    void readersFindEveryReportFromOneMenuItemAndOthersAreRefused() {
        for (String role : new String[] { "coordinator", "chair", "admin", "auditor" }) {
            Identities.signIn(identity, "reports-" + role, "Report Reader", "POLICE", role);
            given().accept("text/html").get("/reports").then().statusCode(200)
                    .body(containsString("<a class=\"govuk-link\" href=\"/reports/dashboard\">Dashboard</a>"))
                    .body(containsString("href=\"/reports/marac-data-return\">MARAC data return</a>"))
                    .body(containsString("href=\"/reports/outcomes\">Outcomes</a>"))
                    .body(containsString("href=\"/reports/matrix\">Strategic risk matrix</a>"))
                    .body(containsString("href=\"/reports\""));
        }
        Identities.signIn(identity, "reports-referrer", "Not A Reader", "POLICE", "referrer", "agency-spoc");
        given().accept("text/html").get("/reports").then().statusCode(403);
        given().accept("text/html").get("/").then().statusCode(200).body(not(containsString("href=\"/reports\"")));
    }
}
