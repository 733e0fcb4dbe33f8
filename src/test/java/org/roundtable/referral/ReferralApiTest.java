package org.roundtable.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;
import org.roundtable.support.Identities;

@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class ReferralApiTest {

    @Inject
    ReferralFixtures fixtures;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    EntityManager entityManager;

    private ReferralFixtures.Partnership p;

    @BeforeEach
    void partnership() {
        p = fixtures.partnership();
    }

    private void asReferrer() {
        p.signInReferrer(identity);
    }

    private void asCoordinator() {
        p.signInCoordinator(identity);
    }

    private String draft(ReferralDraft draft) {
        return given().contentType("application/json").body(Map.of("kind", "marac", "draft", draft))
                .post("/api/v1/referrals").then().statusCode(201)
                .body("state", equalTo("DRAFT")).body("referringAgency", equalTo(p.housing()))
                .extract().path("id");
    }

    private ValidatableResponse submit(String id, int version) {
        return given().contentType("application/json").header("If-Match", String.valueOf(version))
                .post("/api/v1/referrals/" + id + "/submit").then();
    }

    private String submitted(String lastName) {
        asReferrer();
        String id = draft(fixtures.completeMaracDraft("Sarah", lastName, LocalDate.of(1990, 3, 27)));
        submit(id, 0).statusCode(200);
        return id;
    }

    @Test
    void aReferrerDraftsAndSubmitsAndACoordinatorAccepts() {
        asReferrer();
        String id = draft(ReferralDraft.empty());
        given().contentType("application/json").header("If-Match", "0")
                .body(fixtures.completeMaracDraft("Sarah", "Jones" + p.housing(), LocalDate.of(1990, 3, 27)))
                .put("/api/v1/referrals/" + id + "/draft").then().statusCode(200).body("version", equalTo(1));

        submit(id, 1).statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("reference", matchesPattern("MARAC-20\\d\\d-\\d{5}"))
                .body("score.total", equalTo(14)).body("score.band", equalTo("HIGH"))
                .body("criteria.visibleHighRisk", equalTo(true))
                .body("victim.firstName", equalTo("Sarah")).body("victim.address", equalTo("12 Station Road"))
                .body("perpetrators[0].relationship", equalTo("Ex-partner"))
                .body("childrenCount", equalTo(1))
                .body("checklistVersion", equalTo(given().get("/api/v1/checklists/DASH_RIC").then().extract().path("version")));

        asCoordinator();
        given().get("/api/v1/referrals/screening-queue").then().statusCode(200).body("id", hasItem(id));
        int version = given().get("/api/v1/referrals/" + id).then().statusCode(200).extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(Map.of("to", "ACCEPTED"))
                .post("/api/v1/referrals/" + id + "/transitions")
                .then().statusCode(200).body("state", equalTo("ACCEPTED"))
                .body("history.to", equalTo(List.of("SUBMITTED", "ACCEPTED")))
                .body("history[1].actorName", equalTo("Ben Carter"));
        given().get("/api/v1/referrals/screening-queue").then().body("id", not(hasItem(id)));
    }

    @Test
    void aFailedSubmitKeepsEverythingTyped() {
        asReferrer();
        ReferralDraft complete = fixtures.completeMaracDraft("Amy", "Stone", LocalDate.of(1988, 1, 5));
        ReferralDraft incomplete = new ReferralDraft(complete.victim(), null, true, complete.perpetrators(), complete.children(),
                complete.incidentSummary(), complete.answers(), complete.answerNotes(), true, " ", 0, null, null, null);
        String id = draft(incomplete);

        submit(id, 0).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("professionalJudgementReasons", "consent")));

        given().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("state", equalTo("DRAFT")).body("reference", nullValue())
                .body("draft.victim.firstName", equalTo("Amy"))
                .body("draft.incidentSummary", equalTo(complete.incidentSummary()))
                .body("draft.answers.injury", equalTo("YES"))
                .body("draft.perpetrators[0].person.firstName", equalTo("Kevin"));
    }

    @Test
    void consentNotGivenNeedsAReasonAndSomeCriterionMustBeMet() {
        asReferrer();
        ReferralDraft complete = fixtures.completeMaracDraft("Beth", "Hale", LocalDate.of(1979, 6, 1));
        String id = draft(new ReferralDraft(complete.victim(), null, true, List.of(), List.of(), "Shouting at night.",
                complete.answers(), Map.of(), false, null, 0, ReferralDraft.Consent.NOT_GIVEN, "", null));
        submit(id, 0).statusCode(400).body("errors.field", equalTo(List.of("consentReason")));

        Map<String, String> lowRisk = new java.util.HashMap<>(complete.answers());
        lowRisk.replaceAll((question, answer) -> "NO");
        given().contentType("application/json").header("If-Match", "0")
                .body(new ReferralDraft(complete.victim(), null, true, List.of(), List.of(), "Shouting at night.", lowRisk, Map.of(),
                        false, null, 2, ReferralDraft.Consent.NOT_GIVEN, "Risk to life; victim fears contact", null))
                .put("/api/v1/referrals/" + id + "/draft").then().statusCode(200);
        submit(id, 1).statusCode(400).body("errors[0].field", equalTo("criteria"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("police incidents are below 3"));
    }

    @Test
    void aSaracReferralIsOrderedByTheIsvasRiskLevelAndSaysWhichCriteriaItMeets() {
        asReferrer();
        ReferralDraft marac = fixtures.completeMaracDraft("Sara", "Criteria" + p.housing(), LocalDate.of(1996, 2, 2));
        Map<String, String> answers = Map.of("serious-risk", "YES", "intensive-support", "YES", "multi-agency-plan", "NO",
                "not-marac-mappa", "YES", "isva-risk-level", "MEDIUM");
        ReferralDraft sarac = new ReferralDraft(marac.victim(), null, true, marac.perpetrators(), marac.children(),
                marac.incidentSummary(), answers, Map.of("isva-risk-level", "Threats from the perpetrator's friends"), false, null, null,
                ReferralDraft.Consent.GIVEN, null, null);
        String id = given().contentType("application/json").body(Map.of("kind", "sarac", "draft", sarac))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        submit(id, 0).statusCode(200).body("score.band", equalTo("MEDIUM")).body("score.eligible", equalTo(true));
        String page = given().accept("text/html").get("/cases/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Meets the SARAC criteria; risk level Medium"), page);
        assertFalse(page.contains("Visible high risk"), "a SARAC case is not scored on a risk total");
    }

    @Test
    void overlongPersonalDetailsAreNamedFieldErrorsNotAServerError() {
        asReferrer();
        ReferralDraft complete = fixtures.completeMaracDraft("Long", "Fields" + p.housing(), LocalDate.of(1979, 8, 1));
        var v = complete.victim();
        var wordy = new org.roundtable.person.PersonForm(v.firstName(), v.lastName(), "a".repeat(130), v.dateOfBirth(), null, v.sex(),
                null, v.ethnicity(), "x".repeat(250), null, "English", false, v.address(), v.town(), v.postcode(), v.safePhone(), null, null, null);
        String id = draft(new ReferralDraft(wordy, null, true, List.of(new ReferralDraft.Perpetrator(complete.perpetrators().get(0).person(),
                "r".repeat(121))), complete.children(), complete.incidentSummary(), complete.answers(), complete.answerNotes(), false, null,
                1, ReferralDraft.Consent.GIVEN, null, null));
        submit(id, 0).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("victim.disability")).body("errors.field", hasItem("victim.aliases"))
                .body("errors.field", hasItem("perpetrators[0].relationship"));
        given().get("/api/v1/referrals/" + id).then().body("state", equalTo("DRAFT"));
    }

    @Test
    void linkingAnEarlierVictimBringsTheirRecordUpToDateAndKeepsTheOldAddress() {
        String first = submitted("Moved" + p.housing());
        String personId = given().get("/api/v1/referrals/" + first).then().extract().path("victim.id");
        ReferralDraft earlier = fixtures.completeMaracDraft("Sarah", "Moved" + p.housing(), LocalDate.of(1990, 3, 27));
        var old = earlier.victim();
        var moved = new org.roundtable.person.PersonForm(old.firstName(), old.lastName(), null, old.dateOfBirth(), null, null, null, null,
                null, null, null, true, "Flat 3, 40 Hitchin Road", "Luton", "LU2 0ER", "07700 900999", "sarah.m@example.org", null, Boolean.TRUE);
        String second = draft(new ReferralDraft(moved, java.util.UUID.fromString(personId), false, earlier.perpetrators(), earlier.children(),
                earlier.incidentSummary(), earlier.answers(), earlier.answerNotes(), false, null, 1, ReferralDraft.Consent.GIVEN, null, null));
        submit(second, 0).statusCode(200).body("victim.id", equalTo(personId));

        given().get("/api/v1/referrals/" + first).then().statusCode(200)
                .body("victim.address", equalTo("Flat 3, 40 Hitchin Road")).body("victim.postcode", equalTo("LU2 0ER"))
                .body("victim.safePhone", equalTo("07700 900999")).body("victim.safeEmail", equalTo("sarah.m@example.org"))
                .body("victim.ethnicity", equalTo("White British")).body("victim.safeContactNotes", equalTo("Text only"))
                .body("victim.interpreterNeeded", equalTo(true));
        List<String> history = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select postcode from person_address where person_id = :id order by recorded_at, postcode", String.class)
                .setParameter("id", java.util.UUID.fromString(personId)).getResultList());
        assertEquals(List.of("LU7 1AA", "LU2 0ER"), history, "the earlier address stays in the history");
    }

    @Test
    void anotherAgencysReferrerGets403AndTheRefusalIsAudited() {
        String id = submitted("Cross" + p.housing());
        Identities.signIn(identity, "someone-at-fire", "Fire referrer", p.fire(), "referrer");
        given().get("/api/v1/referrals/" + id).then().statusCode(403).contentType("application/problem+json");
        Object[] refusal = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select actor_subject, actor_agency from audit_event where action = 'referral.denied' and entity_id = :id")
                .setParameter("id", id).getSingleResult());
        assertEquals("someone-at-fire", refusal[0], "the refused look is in the audit log, with who tried");
        assertEquals(p.fire().toUpperCase(), String.valueOf(refusal[1]).toUpperCase());
        String reference = QuarkusTransaction.requiringNew().call(() -> entityManager.find(Referral.class,
                java.util.UUID.fromString(id)).reference);
        given().queryParam("reference", reference)
                .get("/api/v1/referrals/search").then().statusCode(200).body("$", hasSize(0));

        Identities.signIn(identity, "auditor-1", "Jo Wilson", "ASBTEAM", "auditor");
        given().queryParam("recordId", reference.toLowerCase()).queryParam("user", "someone-at-fire").get("/api/v1/audit-events")
                .then().statusCode(200).body("action", equalTo(java.util.List.of("referral.denied")))
                .body("[0].recordId", equalTo(id));
    }

    @Test
    void screeningOutNeedsAReasonAndSignpostingAndTheSecondScreenerGets409() {
        String id = submitted("Race" + p.housing());
        asCoordinator();
        int version = given().get("/api/v1/referrals/" + id).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(Map.of("to", "SCREENED_OUT"))
                .post("/api/v1/referrals/" + id + "/transitions")
                .then().statusCode(400).body("errors.field", equalTo(List.of("reason", "signposting")));

        given().contentType("application/json").header("If-Match", String.valueOf(version)).body(Map.of("to", "ACCEPTED"))
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200);
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("to", "SCREENED_OUT", "reason", "Standard risk", "signposting", "Victim Support"))
                .post("/api/v1/referrals/" + id + "/transitions")
                .then().statusCode(409).body("current.state", equalTo("ACCEPTED"));

        int now = given().get("/api/v1/referrals/" + id).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(now)).body(Map.of("to", "HEARD", "reason", "x"))
                .post("/api/v1/referrals/" + id + "/transitions")
                .then().statusCode(409).body("detail", equalTo("A referral that is accepted cannot become heard."));
    }

    @Test
    void aReturnedReferralIsAnsweredByTheReferrer() {
        String id = submitted("Ask" + p.housing());
        asCoordinator();
        int version = given().get("/api/v1/referrals/" + id).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .body(Map.of("to", "RETURNED", "question", "Is the perpetrator still living at the address?"))
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200).body("state", equalTo("RETURNED"));

        asReferrer();
        var returned = given().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("returnQuestion", equalTo("Is the perpetrator still living at the address?"))
                .body("allowedNext", equalTo(List.of("SUBMITTED", "WITHDRAWN"))).extract();
        given().contentType("application/json").header("If-Match", String.valueOf((int) returned.path("version")))
                .body(Map.of("to", "SUBMITTED", "answer", "No, he moved out on 21 November"))
                .post("/api/v1/referrals/" + id + "/transitions").then().statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("returnAnswer", equalTo("No, he moved out on 21 November"));
    }

    @Test
    void twoSubmitsAtOnceGetConsecutiveReferences() {
        asReferrer();
        String first = draft(fixtures.completeMaracDraft("Ann", "One" + p.housing(), LocalDate.of(1991, 1, 1)));
        String second = draft(fixtures.completeMaracDraft("Bea", "Two" + p.housing(), LocalDate.of(1992, 2, 2)));
        var a = CompletableFuture.supplyAsync(() -> submit(first, 0).statusCode(200).extract().<String>path("reference"));
        var b = CompletableFuture.supplyAsync(() -> submit(second, 0).statusCode(200).extract().<String>path("reference"));
        List<Integer> numbers = new ArrayList<>(List.of(a.join(), b.join()).stream()
                .map(r -> Integer.parseInt(r.substring(r.lastIndexOf('-') + 1))).sorted().toList());
        assertEquals(numbers.get(0) + 1, numbers.get(1), numbers.toString());
    }

    @Test
    void findByReferenceOrByNameAndDateOfBirthIgnoringCaseAccentsAndPunctuation() {
        String id = submitted("O'Brien-Zoë" + p.housing());
        asReferrer();
        String reference = given().get("/api/v1/referrals/" + id).then().extract().path("reference");
        given().queryParam("reference", reference.toLowerCase()).get("/api/v1/referrals/search").then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        given().queryParam("firstName", " SARAH ").queryParam("lastName", "obrien zoe" + p.housing().toLowerCase())
                .queryParam("dateOfBirth", "1990-03-27")
                .get("/api/v1/referrals/search").then().statusCode(200).body("id", equalTo(List.of(id)));
        given().queryParam("firstName", "sarah").queryParam("lastName", "OBrienZoe" + p.housing())
                .queryParam("dateOfBirth", "1990-03-27")
                .get("/api/v1/referrals/person-matches").then().statusCode(200)
                .body("[0].name", equalTo("Sarah O'Brien-Zoë" + p.housing())).body("[0].knownTo", equalTo(List.of("MARAC")))
                .body("[0].reasons", equalTo(List.of("same first name", "same last name", "same date of birth")))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("address")));
        given().queryParam("firstName", "sarah").get("/api/v1/referrals/search").then().statusCode(400)
                .body("errors[0].field", equalTo("lastName"))
                .body("errors[0].message", equalTo("Enter at least 2 letters of the last name, or a reference number"));
    }

    @Test
    void aVictimsEmailWithoutADotInItsDomainIsRefusedAtSubmitWithWhatIsWrong() {
        asReferrer();
        ReferralDraft complete = fixtures.completeMaracDraft("Sarah", "Dotless" + p.housing(), LocalDate.of(1990, 3, 27));
        var v = complete.victim();
        var dotless = new org.roundtable.person.PersonForm(v.firstName(), v.lastName(), null, v.dateOfBirth(), null, null, null, null,
                null, null, null, false, null, null, null, null, "sarah@localhost", null, null);
        String id = draft(new ReferralDraft(dotless, null, true, complete.perpetrators(), complete.children(), complete.incidentSummary(),
                complete.answers(), complete.answerNotes(), false, null, 1, ReferralDraft.Consent.GIVEN, null, null));
        List<String> messages = submit(id, 0).statusCode(400).contentType("application/problem+json").extract().jsonPath()
                .getList("errors.findAll { it.field.endsWith('safeEmail') }.message", String.class);
        assertFalse(messages.isEmpty(), "the email is named");
        assertTrue(messages.stream().allMatch("Email address must have a dot in the domain after the @, like name@example.com"::equals),
                messages.toString());
        given().get("/api/v1/referrals/" + id).then().body("state", equalTo("DRAFT")).body("draft.victim.safeEmail", equalTo("sarah@localhost"));
    }

    @Test
    void findByTheStartOfALastNameAloneWithinTheReadersAccessAndAudited() {
        String surname = "Quarrie" + p.housing();
        String id = submitted(surname);
        asReferrer();
        String start = surname.substring(0, surname.length() - 1).toLowerCase();
        given().queryParam("lastName", start).get("/api/v1/referrals/search").then().statusCode(200)
                .body("id", equalTo(List.of(id))).body("[0].victim.lastName", equalTo(surname));
        given().queryParam("lastName", start).queryParam("firstName", "Sa").get("/api/v1/referrals/search").then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        given().queryParam("lastName", start).queryParam("firstName", "Tom").get("/api/v1/referrals/search").then().statusCode(200)
                .body("$", hasSize(0));
        given().queryParam("lastName", start).queryParam("dateOfBirth", "1990-03-28").get("/api/v1/referrals/search").then()
                .statusCode(200).body("$", hasSize(0));
        given().queryParam("lastName", start).queryParam("dateOfBirth", "1990-03-27").get("/api/v1/referrals/search").then()
                .statusCode(200).body("id", equalTo(List.of(id)));
        given().queryParam("lastName", "Q").get("/api/v1/referrals/search").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("lastName")));
        given().queryParam("lastName", "'-").queryParam("dateOfBirth", "1990-03-27").get("/api/v1/referrals/search").then()
                .statusCode(400).body("errors.field", equalTo(List.of("lastName")));

        Identities.signIn(identity, "someone-at-fire", "Fire referrer", p.fire(), "referrer");
        given().queryParam("lastName", start).get("/api/v1/referrals/search").then().statusCode(200).body("$", hasSize(0));
        String audited = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select detail from audit_event where action = 'referral.search' and actor_subject = 'someone-at-fire' "
                + "order by id desc limit 1").getSingleResult());
        assertEquals("by name, 0 found", audited, "a search that found nothing the reader may see is audited too");
    }

    /** For each state: who sees the referral, by role and agency (domain.md's access rules). */
    @Test
    void whoSeesAReferralInEachState() {
        String id = submitted("Matrix" + p.housing());
        record Reader(String name, String subject, String agency, String role) {
        }
        List<Reader> readers = List.of(
                new Reader("author", "author-" + p.housing(), p.housing(), "referrer"),
                new Reader("colleague referrer", "colleague-" + p.housing(), p.housing(), "referrer"),
                new Reader("own agency SPOC", "spoc-" + p.housing(), p.housing(), "agency-spoc"),
                new Reader("IDVA service", "idva-" + p.idva(), p.idva(), "idva"),
                new Reader("member agency", "spoc-" + p.health(), p.health(), "agency-spoc"),
                new Reader("non-member agency", "spoc-" + p.fire(), p.fire(), "agency-spoc"),
                new Reader("coordinator of the kind", p.coordinatorSubject(), "ASBTEAM", "coordinator"),
                new Reader("chair of the kind", p.chairSubject(), p.police(), "chair"),
                new Reader("administrator", "admin-x", "ASBTEAM", "admin"),
                new Reader("auditor", "auditor-x", "ASBTEAM", "auditor"));
        // state: author, colleague, own SPOC, IDVA, member, non-member, coordinator, chair, admin, auditor (1 = sees it)
        Map<ReferralState, String> expected = new java.util.LinkedHashMap<>();
        expected.put(ReferralState.DRAFT, "1100000000");
        for (ReferralState s : List.of(ReferralState.SUBMITTED, ReferralState.RETURNED, ReferralState.ACCEPTED,
                ReferralState.SCREENED_OUT, ReferralState.WITHDRAWN)) {
            expected.put(s, "1111001000");
        }
        for (ReferralState s : List.of(ReferralState.LISTED, ReferralState.HEARD, ReferralState.UNDER_REVIEW, ReferralState.CLOSED)) {
            expected.put(s, "1111101100");
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((state, row) -> {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("update Referral set state = :s where id = :id")
                    .setParameter("s", state).setParameter("id", java.util.UUID.fromString(id)).executeUpdate());
            for (int i = 0; i < readers.size(); i++) {
                Reader r = readers.get(i);
                Identities.signIn(identity, r.subject(), r.name(), r.agency(), r.role());
                int status = given().get("/api/v1/referrals/" + id).then().extract().statusCode();
                int want = row.charAt(i) == '1' ? 200 : 403;
                if (status != want) {
                    wrong.add(state + " " + r.name() + ": " + status + " not " + want);
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void onlyThePoliceTheAdvocateAndTheReferrerSeeTheVictimsAddress() {
        String id = submitted("Addr" + p.housing());
        QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("update Referral set state = :s where id = :id")
                .setParameter("s", ReferralState.LISTED).setParameter("id", java.util.UUID.fromString(id)).executeUpdate());
        Identities.signIn(identity, "spoc-" + p.health(), "Health SPOC", p.health(), "agency-spoc");
        given().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("victim.address", nullValue()).body("victim.postcode", equalTo("LU7"))
                .body("victim.town", equalTo("Leighton Buzzard")).body("victim.contactDetailsWithheld", equalTo(true))
                .body("children", hasSize(1));
        Identities.signIn(identity, "idva-" + p.idva(), "IDVA", p.idva(), "idva");
        given().get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("victim.address", equalTo("12 Station Road")).body("victim.safePhone", equalTo("07700 900123"))
                .body("childrenWithheld", equalTo(true)).body("children", hasSize(0)).body("childrenCount", equalTo(1));
    }

    @Test
    void aReferrerOfAnotherAgencyInTheSameConferenceLearnsOfAPossibleMatchButNoCaseDetails() {
        String lastName = "Pemberton" + p.housing();
        submitted(lastName);
        Identities.signIn(identity, "someone-at-health", "Health referrer", p.health(), "referrer");
        String body = given().queryParam("firstName", "Sara").queryParam("lastName", lastName.replace("Pemberton", "Pembertan"))
                .queryParam("dateOfBirth", "1990-03-27")
                .get("/api/v1/referrals/person-matches").then().statusCode(200)
                .body("[0].name", equalTo("Sarah " + lastName)).body("[0].knownTo", equalTo(List.of("MARAC")))
                .body("[0].town", equalTo("Leighton Buzzard")).body("[0].knownToAnotherConference", equalTo(false))
                .body("[0].reasons", org.hamcrest.Matchers.hasItem("last name spelt nearly the same"))
                .extract().asString();
        assertFalse(body.contains("Station Road"), body);
        assertFalse(body.contains("07700"), body);
        assertFalse(body.contains("threats to kill"), body);
        assertFalse(body.contains("Kevin"), body);
    }
}
