package org.roundtable.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestIdentityAssociation;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.roundtable.conference.ConferenceFixtures;
import org.roundtable.referral.ReferralFixtures;
import org.roundtable.support.Identities;
import org.roundtable.support.JsonVariants;
import org.roundtable.support.PageForms;

/**
 * Sends malformed variants of a valid body to every POST, PUT and DELETE under /api/v1 (found in the application's own
 * OpenAPI document) and to every page form (found in the JAX-RS model, since pages are hidden from OpenAPI). Fails on
 * any 5xx, and on any 400 that names neither a field nor a place in the body. An endpoint added later is covered
 * without changing this test; it only needs a sample body in {@link #SAMPLES}, and the test fails until it has one.
 */
@QuarkusTest
@TestSecurity(user = "switched-per-request", roles = "referrer")
class MalformedInputFuzzTest {

    private static final String[] EVERY_ROLE = { "call-handler", "referrer", "idva", "isva", "agency-spoc", "chair", "coordinator", "admin",
            "auditor" };

    private static final String NO_BODY = "";

    private static final String CONTACT = "{\"occurredAt\":\"2026-01-05T10:15:00Z\",\"method\":\"PHONE\",\"outcome\":\"SPOKE_TO_VICTIM\","
            + "\"safetyPlanning\":\"Agreed a code word\",\"services\":[\"REFUGE\",\"COURT_SUPPORT\"],\"victimRiskView\":\"HIGH\","
            + "\"victimRiskWords\":\"He will find me\",\"consent\":\"GIVEN\"}";

    private static final String MATRIX_ISSUE = "{\"name\":\"Fuzzed disorder\",\"performanceDeteriorating\":1,\"nationalPriority\":2,"
            + "\"localPriority\":3,\"communityPriority\":4,\"harmToProperty\":5,\"harmToPeople\":0,\"fear\":1,\"cost\":2,\"likelihood\":3}";

    /** A valid body per write endpoint ({@link #NO_BODY}: the endpoint takes none). Placeholders in braces are filled from the world. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("POST /api/v1/agencies", "{\"name\":\"Fuzz agency\",\"shortCode\":\"FUZZ1\",\"type\":\"HOUSING\",\"active\":true,"
                    + "\"contactEmail\":\"marac@fuzz.example\"}"),
            Map.entry("PUT /api/v1/agencies/{id}", "{\"name\":\"Fuzz agency\",\"shortCode\":\"FUZZ1\",\"type\":\"HOUSING\",\"active\":true}"),
            Map.entry("PUT /api/v1/conference-kinds/{kind}/member-agencies", "{\"agencyIds\":[\"{agencyId}\"]}"),
            Map.entry("PUT /api/v1/users/{subject}/conference-kinds", "{\"conferenceKinds\":[\"MARAC\"]}"),
            Map.entry("POST /api/v1/referrals", "{\"kind\":\"MARAC\",\"draft\":{draft}}"),
            Map.entry("PUT /api/v1/referrals/{id}/draft", "{draft}"),
            Map.entry("POST /api/v1/referrals/{id}/submit", NO_BODY),
            Map.entry("POST /api/v1/referrals/{id}/transitions", "{\"to\":\"ACCEPTED\",\"reason\":\"r\",\"signposting\":\"s\","
                    + "\"question\":\"q\",\"answer\":\"a\"}"),
            Map.entry("PUT /api/v1/referrals/{id}/repeat", "{\"decision\":\"REPEAT\",\"reason\":\"Known to the Luton MARAC\"}"),
            Map.entry("POST /api/v1/checklists/{code}/versions", "{\"basedOnVersion\":1,\"changeNote\":\"n\",\"definition\":{checklist}}"),
            Map.entry("POST /api/v1/checklists/{code}/score", "{\"injury\":\"YES\",\"frightened\":\"NO\"}"),
            Map.entry("PUT /api/v1/settings/{kind}", "{\"escalationIncidents\":3,\"escalationMonths\":12,\"repeatWindowMonths\":12,"
                    + "\"communityTriggerComplaints\":3,\"communityTriggerMonths\":6,\"agendaCap\":16,\"repeatAnchor\":\"LAST_REFERRAL\","
                    + "\"repeatSamePerpetrator\":true}"),
            Map.entry("POST /api/v1/triage-calls", NO_BODY),
            Map.entry("PUT /api/v1/triage-calls/{id}/danger", "{\"immediateDanger\":false}"),
            Map.entry("PUT /api/v1/triage-calls/{id}/caller", "{\"firstName\":\"Ann\",\"lastName\":\"Lee\",\"dateOfBirth\":\"1990-01-01\","
                    + "\"phone\":\"07700 900123\"}"),
            Map.entry("PUT /api/v1/triage-calls/{id}/relationship", "{\"domestic\":true}"),
            Map.entry("PUT /api/v1/triage-calls/{id}/answers/{question}", "{\"value\":\"YES\"}"),
            Map.entry("POST /api/v1/triage-calls/{id}/referral", "{\"notes\":\"Caller agreed to a referral\"}"),
            Map.entry("PUT /api/v1/matching-settings", "{\"candidateMinProbability\":0.5}"),
            Map.entry("PUT /api/v1/reports/marac-data-return/settings", "{\"maracName\":\"Central Bedfordshire MARAC\","
                    + "\"adultFemalePopulation\":112400}"),
            Map.entry("PUT /api/v1/reports/marac-data-return/national-figures", "{\"yearEnding\":\"2024-09-30\",\"source\":\"SafeLives\","
                    + "\"casesPer10kWomen\":47,\"recommendedCasesPer10k\":40,\"repeatPercent\":31,\"nonPolicePercent\":36.1,"
                    + "\"raciallyMinoritisedPercent\":14.1,\"lgbtPercent\":1.6,\"disabledPercent\":10.1,\"malePercent\":6.4,"
                    + "\"aged16To17Percent\":1.3}"),
            Map.entry("POST /api/v1/people/merges", "{\"survivorId\":\"{random}\",\"mergedId\":\"{random}\",\"reason\":\"Same person\"}"),
            Map.entry("POST /api/v1/people/merges/{id}/undo", "{\"reason\":\"Not the same person\"}"),
            Map.entry("POST /api/v1/meetings", "{\"kind\":\"MARAC\",\"date\":\"{future}\",\"time\":\"10:00\",\"venue\":\"Priory House\","
                    + "\"videoLink\":\"https://meet.example/x\",\"chairSubject\":\"{chair}\",\"rhythm\":\"ONCE\",\"repeats\":0}"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items", "{\"referralId\":\"{referralId}\"}"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items/{item}/move", "{\"direction\":\"up\"}"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items/{item}/defer", "{\"reason\":\"Out of time\"}"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/publish", NO_BODY),
            Map.entry("PUT /api/v1/meetings/{id}/agenda/items/{item}/research", "{\"known\":true,\"summary\":\"s\",\"involvement\":\"i\","
                    + "\"risks\":\"r\",\"childrenDetails\":\"c\"}"),
            Map.entry("POST /api/v1/meetings/{id}/start", NO_BODY),
            Map.entry("POST /api/v1/meetings/{id}/attendees", "{\"agency\":\"{agency}\",\"name\":\"Aisha Rahman\"}"),
            Map.entry("POST /api/v1/meetings/{id}/attendees/{attendee}/acknowledgement", NO_BODY),
            Map.entry("PUT /api/v1/meetings/{id}/apologies/{agency}", "{\"note\":\"Clinic day\"}"),
            Map.entry("PUT /api/v1/meetings/{id}/agenda/items/{item}/notes", "{\"notes\":\"Discussed\"}"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items/{item}/actions", "{\"owner\":\"{agency}\",\"description\":\"Change the locks\","
                    + "\"dueOn\":\"{soon}\"}"),
            Map.entry("PUT /api/v1/meetings/{id}/actions/{action}", "{\"status\":\"NOT_DONE\",\"category\":\"AGENCY_DID_NOT_ACT\",\"note\":\"n\",\"change\":false}"),
            Map.entry("POST /api/v1/meetings/{id}/agenda/items/{item}/decision", "{\"decision\":\"UNDER_REVIEW\",\"reason\":\"r\","
                    + "\"nextReviewOn\":\"{soon}\",\"minutesSpent\":10}"),
            Map.entry("POST /api/v1/meetings/{id}/end", NO_BODY),
            Map.entry("POST /api/v1/retention/due/{referralId}/erasure", NO_BODY),
            Map.entry("PUT /api/v1/retention/periods/{kind}", "{\"years\":6}"),
            Map.entry("POST /api/v1/meetings/{id}/minutes/approval", NO_BODY),
            Map.entry("POST /api/v1/meetings/{id}/minutes/amendments", "{\"text\":\"Correction\"}"),
            Map.entry("POST /api/v1/actions", "{\"referralId\":\"{referralId}\",\"owner\":\"{agency}\",\"description\":\"Fit a door alarm\","
                    + "\"dueOn\":\"{soon}\"}"),
            Map.entry("PUT /api/v1/actions/{id}/assignee", "{\"assignee\":\"{coordinator}\"}"),
            Map.entry("POST /api/v1/actions/{id}/updates", "{\"status\":\"NOT_DONE\",\"category\":\"OTHER\",\"note\":\"n\"}"),
            Map.entry("POST /api/v1/caseload/{referralId}/allocation", "{\"advocateSubject\":\"{advocate}\"}"),
            Map.entry("POST /api/v1/caseload/{referralId}/closure", "{\"reason\":\"SUPPORT_COMPLETED\",\"physicalAbuse\":\"STOPPED\","
                    + "\"sexualAbuse\":\"SAME\",\"harassmentAndStalking\":\"REDUCED\",\"jealousAndControlling\":\"INCREASED\",\"feelsSafer\":\"PARTLY\"}"),
            Map.entry("POST /api/v1/caseload/{referralId}/reopening", "{\"reason\":\"Asked for help again\"}"),
            Map.entry("POST /api/v1/caseload/{referralId}/contacts", CONTACT),
            Map.entry("PUT /api/v1/caseload/{referralId}/contacts/{entryId}", CONTACT),
            Map.entry("POST /api/v1/caseload/{referralId}/contacts/{entryId}/amendments", CONTACT),
            Map.entry("POST /api/v1/bank-holidays", "{\"day\":\"{future}\",\"name\":\"Coronation bank holiday\"}"),
            Map.entry("POST /api/v1/meetings/{id}/guests", "{\"agency\":\"{agency}\",\"referralIds\":[\"{referralId}\"]}"),
            Map.entry("POST /api/v1/matrices", "{\"title\":\"Fuzz {random}\"}"),
            Map.entry("POST /api/v1/matrices/{id}/issues", MATRIX_ISSUE),
            Map.entry("PUT /api/v1/matrices/{id}/issues/{issueId}", MATRIX_ISSUE),
            Map.entry("POST /api/v1/matrices/{id}/import", NO_BODY),
            Map.entry("PUT /api/v1/community-trigger-rules", "{\"complaintsRule\":true,\"sameProblemRule\":false,\"sameProblemReporters\":5,"
                    + "\"sameProblemMonths\":6,\"hateIncidentRule\":false}"),
            Map.entry("PUT /api/v1/six-month-reviews/{referralId}", "{\"furtherIncidents\":false,\"closedWithRiskReduced\":true}"));

    /** Page forms left out, each with the reason. */
    private static final Map<String, String> PAGES_LEFT_OUT = Map.of(
            "POST /admin/users/account-check", "asks Keycloak's admin API about every account; the fast tests run no Keycloak");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    @Inject
    ReferralFixtures referrals;

    @Inject
    ConferenceFixtures conferences;

    @Inject
    TestIdentityAssociation identity;

    @Inject
    ObjectMapper json;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    private final List<String> faults = new ArrayList<>();
    private int requests;

    @Test
    void noMalformedBodyToAnyWriteEndpointGetsAServerErrorOrAnUnnamedRefusal() throws IOException {
        JsonNode document = json.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        Map<String, String> world = world();
        TreeSet<String> endpoints = writeEndpoints(document);
        assertTrue(endpoints.size() >= SAMPLES.size(), "the OpenAPI document lists the write endpoints: " + endpoints);
        List<String> withoutSample = endpoints.stream().filter(e -> !SAMPLES.containsKey(e)).toList();
        assertEquals(List.of(), withoutSample, "every write endpoint needs a sample body in SAMPLES");

        Map<String, Integer> maxLengths = maxLengths(document);
        int fuzzed = 0;
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), world);
            String sample = SAMPLES.get(endpoint).equals(NO_BODY) ? null : fill(SAMPLES.get(endpoint), world);
            for (JsonVariants.Variant variant : JsonVariants.of(sample, field -> maxLengths.getOrDefault(field, 10_000))) {
                signInAsEveryone(world);
                Response answer = given().contentType("application/json").header("If-Match", "999999").body(variant.body())
                        .request(method, path);
                check(endpoint, variant.description(), answer);
            }
            fuzzed++;
        }
        restoreSaracMembers(world);
        System.out.printf("Fuzzed %d API write endpoints with %d requests%n", fuzzed, requests);
        assertEquals(List.of(), faults, faults.size() + " faults in " + requests + " requests");
    }

    @Test
    void noMalformedPageFormGetsAServerError() throws IOException {
        Map<String, String> world = world();
        signInAsEveryone(world);
        PageForms.Token token = PageForms.token("/admin/agencies/new");
        TreeMap<String, List<String>> forms = PageForms.endpoints();
        PAGES_LEFT_OUT.keySet().forEach(forms::remove);
        assertTrue(forms.size() > 30, "page forms found in the JAX-RS model: " + forms.keySet());
        int pages = 0;
        for (Map.Entry<String, List<String>> form : forms.entrySet()) {
            String path = fill(form.getKey().substring(form.getKey().indexOf(' ') + 1), world);
            for (PageForms.Variant variant : PageForms.variants(form.getValue())) {
                signInAsEveryone(world);
                Response answer = token.post(path, variant.contentType(), variant.fields());
                requests++;
                if (answer.statusCode() >= 500) {
                    faults.add(form.getKey() + " [" + variant.description() + "] answered " + answer.statusCode());
                }
            }
            pages++;
        }
        restoreSaracMembers(world);
        System.out.printf("Fuzzed %d page forms with %d requests%n", pages, requests);
        assertEquals(List.of(), faults, faults.size() + " faults in " + requests + " requests");
    }

    private void check(String endpoint, String variant, Response answer) {
        requests++;
        int status = answer.statusCode();
        String where = endpoint + " [" + variant + "] answered " + status + ": " + abbreviate(answer.asString());
        if (status >= 500) {
            faults.add(where);
        } else if (status == 400) {
            boolean named;
            try {
                List<String> fields = answer.jsonPath().getList("errors.field");
                String detail = answer.jsonPath().getString("detail");
                named = (fields != null && !fields.isEmpty() && fields.stream().noneMatch(f -> f == null || f.isBlank()))
                        || (detail != null && detail.contains("line "));
            } catch (RuntimeException notJson) {
                named = false;
            }
            if (!named) {
                faults.add(where + " (a 400 must name the field or the place in the body)");
            }
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** Real records for the path parameters, so that the variants reach the services and not only a 404. */
    private Map<String, String> world() {
        ReferralFixtures.Partnership p = referrals.partnership();
        conferences.closeOtherCases();
        Map<String, String> world = new HashMap<>();
        String accepted = conferences.acceptedCase(p, identity, conferences.draft("Fay", "Fuzz" + p.housing(), 16, 1, false));
        String meeting = conferences.meeting(p, identity, 7);
        given().get("/api/v1/meetings/" + meeting + "/agenda").then().statusCode(200);
        int version = given().get("/api/v1/meetings/" + meeting).then().extract().path("version");
        given().contentType("application/json").header("If-Match", String.valueOf(version))
                .post("/api/v1/meetings/" + meeting + "/agenda/publish").then().statusCode(200);
        ConferenceFixtures.asChair(p, identity);
        given().contentType("application/json").post("/api/v1/meetings/" + meeting + "/start").then().statusCode(200);
        String item = given().get("/api/v1/meetings/" + meeting + "/record").then().statusCode(200).extract()
                .path("cases.find { it.referral.id == '" + accepted + "' }.itemId");
        String action = given().contentType("application/json").body(Map.of("owner", p.housing(), "description", "Fit a door alarm",
                "dueOn", LocalDate.now().plusDays(14).toString())).post("/api/v1/meetings/" + meeting + "/agenda/items/" + item + "/actions")
                .then().statusCode(201).extract().path("id");
        p.signInReferrer(identity);
        String draft = given().contentType("application/json").body(Map.of("kind", "MARAC")).post("/api/v1/referrals").then()
                .statusCode(201).extract().path("id");
        Identities.signIn(identity, "admin-" + p.housing(), "Alex Morgan", "ASBTEAM", "admin");
        String agencyId = given().get("/api/v1/agencies").then().statusCode(200).extract()
                .path("find { it.shortCode == '" + p.fire() + "' }.id");
        List<String> saracMembers = given().get("/api/v1/conference-kinds").then().statusCode(200).extract()
                .path("find { it.code == 'SARAC' }.memberAgencies.id");
        Identities.signIn(identity, "handler-" + p.housing(), "Priya Shah", p.police(), "call-handler");
        String call = given().contentType("application/json").post("/api/v1/triage-calls").then().statusCode(201).extract().path("id");
        String random = java.util.UUID.randomUUID().toString();
        Identities.signIn(identity, "matrix-" + p.housing(), "Morgan Lee", p.housing(), "coordinator");
        String matrix = given().contentType("application/json").body(Map.of("title", "Fuzz " + random)).post("/api/v1/matrices").then()
                .statusCode(201).extract().path("id");
        String matrixIssue = given().contentType("application/json").body(MATRIX_ISSUE).post("/api/v1/matrices/" + matrix + "/issues")
                .then().statusCode(201).extract().path("id");

        world.put("coordinator", p.coordinatorSubject());
        world.put("agencyCode", p.housing());
        world.put("saracMembers", saracMembers == null ? "" : String.join(",", saracMembers));
        world.put("/api/v1/agencies/{id}", agencyId);
        world.put("/api/v1/referrals/{id}", draft);
        world.put("/api/v1/triage-calls/{id}", call);
        world.put("/api/v1/meetings/{id}", meeting);
        world.put("/meetings/{id}", meeting);
        world.put("/api/v1/actions/{id}", action);
        world.put("/actions/{id}", action);
        world.put("/referrals/{id}", draft);
        world.put("/cases/{id}", accepted);
        world.put("/triage/{id}", call);
        world.put("/admin/agencies/{id}", agencyId);
        world.put("/matrices/{id}", matrix);
        world.put("/reports/matrix/{id}", matrix);
        world.put("issueId", matrixIssue);
        world.put("id", random);
        world.put("item", item);
        world.put("kind", "SARAC");
        world.put("code", "DASH_RIC");
        world.put("subject", p.chairSubject());
        world.put("question", "injured");
        world.put("section", "victim");
        world.put("attendee", random);
        world.put("action", random);
        world.put("agency", p.housing());
        world.put("agencyId", agencyId);
        world.put("referralId", accepted);
        world.put("random", random);
        world.put("entryId", random);
        world.put("advocate", p.chairSubject());
        world.put("chair", p.chairSubject());
        world.put("future", LocalDate.now().plusDays(600).toString());
        world.put("soon", LocalDate.now().plusDays(14).toString());
        world.put("draft", json.valueToTree(referrals.completeMaracDraft("Fuzz", "Draft" + p.housing(), LocalDate.of(1990, 1, 1))).toString());
        world.put("checklist", definition());
        return world;
    }

    private String definition() {
        try {
            return json.readTree(given().get("/api/v1/checklists/DASH_RIC").asString()).get("definition").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One user holding every role, a coordinator and chair of MARAC, of a MARAC member agency. */
    private void signInAsEveryone(Map<String, String> world) {
        Identities.signIn(identity, world.get("coordinator"), "Fuzz Tester", world.get("agencyCode"), EVERY_ROLE);
    }

    /**
     * The fuzzing may change the SARAC members (never to nobody: that is refused); other tests expect them as they
     * were. Nobody is not a membership the API can set, so an empty one is restored in the database.
     */
    private void restoreSaracMembers(Map<String, String> world) {
        Identities.signIn(identity, "admin-restore", "Alex Morgan", "ASBTEAM", "admin");
        if (world.get("saracMembers").isEmpty()) {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "delete from agency_conference_kind where conference_kind_code = 'SARAC'").executeUpdate());
            return;
        }
        List<String> members = List.of(world.get("saracMembers").split(","));
        given().contentType("application/json").body(Map.of("agencyIds", members)).put("/api/v1/conference-kinds/SARAC/member-agencies")
                .then().statusCode(200);
    }

    /** Fills each {placeholder}: a path prefix names the record its {id} is (referral, meeting...), else the name alone. */
    private static String fill(String template, Map<String, String> world) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String prefix = template.substring(0, matcher.end());
            String value = world.entrySet().stream().filter(e -> e.getKey().startsWith("/") && prefix.endsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(world.get(matcher.group(1)));
            if (value == null) {
                throw new AssertionError("Nothing in the test's world for {" + matcher.group(1) + "} in " + template);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private static TreeSet<String> writeEndpoints(JsonNode document) {
        TreeSet<String> endpoints = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1")) {
                for (String method : List.of("post", "put", "delete", "patch")) {
                    if (path.getValue().has(method)) {
                        endpoints.add(method.toUpperCase() + " " + path.getKey());
                    }
                }
            }
        });
        return endpoints;
    }

    /** Each property's declared maxLength, by name, across the document's schemas (the largest where names repeat). */
    private static Map<String, Integer> maxLengths(JsonNode document) {
        Map<String, Integer> limits = new HashMap<>();
        document.path("components").path("schemas").forEach(schema -> schema.path("properties").fields().forEachRemaining(property -> {
            if (property.getValue().has("maxLength")) {
                limits.merge(property.getKey(), property.getValue().get("maxLength").asInt(), Math::max);
            }
        }));
        return limits;
    }
}
