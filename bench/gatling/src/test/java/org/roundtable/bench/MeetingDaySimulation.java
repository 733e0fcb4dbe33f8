package org.roundtable.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A meeting day: a 16-case MARAC meeting of this run's own cases (never the demo's, whose earlier actions would
 * stop a decision), set up through the API, then, at {@code -Drate} arrivals a second for {@code -Dseconds}, the
 * coordinator's agenda page, the chair's meeting mode one case at a time, actions added and the meeting record read;
 * then the chair decides every case, ends the meeting and the minutes PDF is fetched {@code -Dminutes} times.
 * {@code -Dcases=16 -Drate=5 -Dseconds=60 -Dminutes=10}.
 */
public class MeetingDaySimulation extends Simulation {

    private static final int CASES = Integer.getInteger("cases", 16);
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "5"));
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final int MINUTES_FETCHES = Integer.getInteger("minutes", 10);

    private final String referrer = Roundtable.bearer("referrer.police");
    private final String coordinator = Roundtable.bearer("coordinator");
    private final String chair = Roundtable.bearer("chair");
    private final String meetingId;
    private final List<String> items;

    {
        Set<String> ours = new HashSet<>();
        List<String> questions = Roundtable.dashQuestions(referrer);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        for (int n = 0; n < CASES; n++) {
            String id = Roundtable.apiJson("POST", "/api/v1/referrals", referrer,
                    Roundtable.maracDraft(questions, 14 + n % 5, "Meeting" + run + "x" + n, "1989-05-%02d".formatted(n % 28 + 1)),
                    null, 201).path("id").asText();
            int version = Roundtable.apiJson("POST", "/api/v1/referrals/" + id + "/submit", referrer, null, 0, 200).path("version").asInt();
            Roundtable.api("POST", "/api/v1/referrals/" + id + "/transitions", coordinator, "{\"to\":\"ACCEPTED\"}", version, 200);
            ours.add(id);
        }
        String chairSubject = Roundtable.apiJson("GET", "/api/v1/me", chair, null, null, 200).path("subject").asText();
        LocalDate day = LocalDate.now().plusDays(1 + ThreadLocalRandom.current().nextInt(300));
        meetingId = Roundtable.apiJson("POST", "/api/v1/meetings", coordinator,
                "{\"kind\":\"MARAC\",\"date\":\"" + day + "\",\"time\":\"10:00\",\"venue\":\"Load test room\",\"chairSubject\":\""
                        + chairSubject + "\"}", null, 201).get(0).path("id").asText();
        items = onlyOurCases(ours);
        int version = Roundtable.apiJson("GET", "/api/v1/meetings/" + meetingId, coordinator, null, null, 200).path("version").asInt();
        Roundtable.api("POST", "/api/v1/meetings/" + meetingId + "/agenda/publish", coordinator, null, version, 200);
        Roundtable.api("POST", "/api/v1/meetings/" + meetingId + "/start", chair, null, null, 200);
    }

    /** The proposal takes every eligible case of the conference: defer the others back, add ours that waited. */
    private List<String> onlyOurCases(Set<String> ours) {
        String agenda = "/api/v1/meetings/" + meetingId + "/agenda";
        JsonNode proposed = Roundtable.apiJson("GET", agenda, coordinator, null, null, 200);
        Set<String> listed = new HashSet<>();
        for (JsonNode item : proposed.path("items")) {
            String referralId = item.path("referral").path("id").asText();
            listed.add(referralId);
            if (!ours.contains(referralId)) {
                Roundtable.api("POST", agenda + "/items/" + item.path("itemId").asText() + "/defer", coordinator,
                        "{\"reason\":\"Not a load test case\"}", null, 200);
            }
        }
        for (String referralId : ours) {
            if (!listed.contains(referralId)) {
                Roundtable.api("POST", agenda + "/items", coordinator, "{\"referralId\":\"" + referralId + "\"}", null, 200);
            }
        }
        List<String> ourItems = new ArrayList<>();
        for (JsonNode item : Roundtable.apiJson("GET", agenda, coordinator, null, null, 200).path("items")) {
            if (ours.contains(item.path("referral").path("id").asText()) && !item.path("status").asText().equals("DEFERRED")) {
                ourItems.add(item.path("itemId").asText());
            }
        }
        return ourItems;
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(Roundtable.BASE).disableFollowRedirect().shareConnections();

    {
        String coordinatorPages = Roundtable.pageSession("coordinator");
        String chairPages = Roundtable.pageSession("chair");
        String meeting = "/meetings/" + meetingId;
        String api = "/api/v1/meetings/" + meetingId;
        String due = LocalDate.now().plusDays(14).toString();

        ScenarioBuilder day = scenario("meeting day").exec(session -> session.set("item",
                        items.get(ThreadLocalRandom.current().nextInt(items.size()))))
                .exec(randomSwitch().on(
                        percent(30.0).then(exec(http("agenda page").get(meeting).header("Cookie", coordinatorPages)
                                .check(status().is(200), css("h1").exists()))),
                        percent(50.0).then(exec(http("meeting mode case").get(meeting + "/run/cases/#{item}").header("Cookie", chairPages)
                                .check(status().is(200), css("h1").exists()))),
                        percent(10.0).then(exec(http("add action").post(api + "/agenda/items/#{item}/actions")
                                .header("Authorization", "Bearer " + chair).header("Content-Type", "application/json")
                                .body(StringBody("{\"owner\":\"HOUSING\",\"description\":\"Change the locks\",\"dueOn\":\"" + due + "\"}"))
                                .check(status().is(201)))),
                        percent(10.0).then(exec(http("meeting record").get(api + "/record")
                                .header("Authorization", "Bearer " + chair)
                                .check(status().is(200), jsonPath("$.cases").exists())))));

        ScenarioBuilder close = scenario("decisions and minutes")
                .foreach(items, "item").on(exec(http("decision").post(api + "/agenda/items/#{item}/decision")
                        .header("Authorization", "Bearer " + chair).header("Content-Type", "application/json")
                        .body(StringBody("{\"decision\":\"CLOSED\",\"reason\":\"Load test\",\"minutesSpent\":10}"))
                        .check(status().is(200))))
                .exec(http("end meeting").post(api + "/end").header("Authorization", "Bearer " + chair)
                        .header("Content-Type", "application/json").body(StringBody("{}")).check(status().is(200)))
                .repeat(MINUTES_FETCHES).on(exec(http("minutes PDF").get(api + "/minutes.pdf")
                        .header("Authorization", "Bearer " + chair)
                        .check(status().is(200), io.gatling.javaapi.http.HttpDsl.header("Content-Type").is("application/pdf"))));

        setUp(day.injectOpen(constantUsersPerSec(RATE).during(SECONDS)).protocols(protocol)
                .andThen(close.injectOpen(atOnceUsers(1)).protocols(protocol)))
                .assertions(global().failedRequests().count().is(0L));
    }
}
