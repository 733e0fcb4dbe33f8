package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;
import org.roundtable.person.PersonForm;
import org.roundtable.support.Forms;

/**
 * No log line names a person. A referral goes through (a refused draft, a stale submit, a person search, submit,
 * accept, the case page and the API view) while every log record is captured, at the levels production logs; then
 * the captured text is searched for the person's names, date of birth, address, postcode, phone and email. Roundtable's
 * own loggers are opened to DEBUG meanwhile; a probe line shows that the capture sees what is logged.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class LogsHoldNoPersonalDataTest {

    @Inject
    ReferralFixtures referrals;

    @Inject
    TestIdentityAssociation identity;

    /** Every record the application's loggers let through, as text with its stack trace. */
    static final class Capture extends Handler {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName()).append(' ').append(record.getLevel()).append(' ');
            String message = record.getMessage();
            if (record instanceof org.jboss.logmanager.ExtLogRecord ext) {
                message = ext.getFormattedMessage();
            } else if (record.getParameters() != null && message != null) {
                message = java.text.MessageFormat.format(message, record.getParameters());
            }
            line.append(message);
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aReferralSubmittedAcceptedAndViewedLeavesNoPersonalDataInTheLog() {
        String tag = letters(Forms.unique(""));
        String first = "Ottoline" + tag;
        String last = "Quennell" + tag;
        LocalDate born = LocalDate.of(1979, 3, 14);
        String address = "7 Larkspur Mews";
        String postcode = "MK45 2QT";
        String phone = "07700 900417";
        String email = "ottoline." + tag.toLowerCase() + "@example.org";
        List<String> personal = List.of(first, last, born.toString(), "14/03/1979", "14 March 1979", address, postcode, "MK452QT",
                phone, "07700900417", email);

        Capture capture = new Capture();
        capture.setLevel(Level.ALL);
        var root = LogContext.getLogContext().getLogger("");
        // Production logs at INFO; Roundtable's own loggers are opened to DEBUG here, so that their quieter lines are checked too.
        var ours = LogContext.getLogContext().getLogger("org.roundtable");
        Level oursBefore = ours.getLevel();
        ours.setLevel(Level.FINE);
        root.addHandler(capture);
        try {
            org.jboss.logging.Logger.getLogger("org.roundtable.referral").debugf("Capture probe %s", tag);
            ReferralFixtures.Partnership p = referrals.partnership();
            ReferralDraft base = referrals.completeMaracDraft(first, last, born);
            PersonForm victim = new PersonForm(first, last, null, born, null, "Female", null, "White British", null, null, "English",
                    false, address, "Flitwick", postcode, phone, email, "Text only", Boolean.FALSE);
            ReferralDraft draft = new ReferralDraft(victim, null, true, base.perpetrators(), base.children(), base.incidentSummary(),
                    base.answers(), base.answerNotes(), false, null, 1, ReferralDraft.Consent.GIVEN, null, "PC 1234 Evans");

            p.signInReferrer(identity);
            // Input that carries the person's details and is refused, or kept as a draft: never a 500.
            given().contentType("application/json").body("{\"kind\":\"MARAC\",\"draft\":{\"victim\":{\"firstName\":\"" + first
                    + "\",\"dateOfBirth\":\"" + born + "\"").post("/api/v1/referrals").then().statusCode(400);
            given().contentType("application/json").body(Map.of("kind", "MARAC", "draft", Map.of("victim", Map.of("firstName", first,
                    "lastName", last, "safeEmail", email + " not an email", "safePhone", phone + " call me"))))
                    .post("/api/v1/referrals").then().statusCode(lessThan(500));
            given().queryParam("firstName", first).queryParam("lastName", last).queryParam("dateOfBirth", born.toString())
                    .queryParam("phone", phone).queryParam("email", email).queryParam("postcode", postcode)
                    .get("/api/v1/referrals/person-matches").then().statusCode(200);
            String id = given().contentType("application/json").body(Map.of("kind", "MARAC", "draft", draft))
                    .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
            given().contentType("application/json").header("If-Match", "7").post("/api/v1/referrals/" + id + "/submit").then()
                    .statusCode(409);
            given().contentType("application/json").header("If-Match", "0").post("/api/v1/referrals/" + id + "/submit").then()
                    .statusCode(200).body("state", equalTo("SUBMITTED"));

            p.signInCoordinator(identity);
            int version = given().get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("version");
            given().contentType("application/json").header("If-Match", String.valueOf(version)).body(Map.of("to", "ACCEPTED"))
                    .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200).body("state", equalTo("ACCEPTED"));
            given().get("/api/v1/referrals/" + id).then().statusCode(200).body(containsString(last));
            given().get("/cases/" + id).then().statusCode(200).body(containsString(last));
        } finally {
            root.removeHandler(capture);
            ours.setLevel(oursBefore);
        }
        assertTrue(capture.lines.stream().anyMatch(l -> l.contains("Capture probe " + tag)), "the capture sees the log: " + capture.lines);

        List<String> leaks = new ArrayList<>();
        synchronized (capture.lines) {
            for (String line : capture.lines) {
                for (String value : personal) {
                    if (line.toLowerCase().contains(value.toLowerCase())) {
                        leaks.add(value + " in: " + line);
                    }
                }
            }
        }
        System.out.println("LogsHoldNoPersonalDataTest: " + capture.lines.size() + " log lines scanned for " + personal.size() + " values");
        assertEquals(List.of(), leaks, "personal data in the log (" + capture.lines.size() + " lines scanned)");
    }

    /** The unique suffix as letters only, since names refuse digits. */
    private static String letters(String unique) {
        StringBuilder out = new StringBuilder();
        for (char c : unique.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
