package org.roundtable.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Referral submits from a fixed number of concurrent clients (closed model: each client submits its next draft as
 * soon as the last answer came back), as partner systems and busy referrers do. The drafts are made first, outside
 * the measurement, so only the submit is timed. {@code -Dclients=16 -Dsubmits=800}. Fails if a submit fails, if two
 * submits got the same reference number, or if the 99th percentile passes {@code -Dp99=250} ms.
 */
public class SubmitSimulation extends Simulation {

    private static final int CLIENTS = Integer.getInteger("clients", 16);
    private static final int SUBMITS = Integer.getInteger("submits", 800);
    private static final int P99_MS = Integer.getInteger("p99", 250);

    private final String referrer = Roundtable.bearer("referrer.police");
    private final ConcurrentLinkedQueue<String> drafts = new ConcurrentLinkedQueue<>(makeDrafts());
    private final Set<String> references = ConcurrentHashMap.newKeySet();

    private final HttpProtocolBuilder protocol = http.baseUrl(Roundtable.BASE).disableFollowRedirect()
            .acceptHeader("application/json").contentTypeHeader("application/json")
            .authorizationHeader("Bearer " + referrer).shareConnections();

    private List<String> makeDrafts() {
        List<String> questions = Roundtable.dashQuestions(referrer);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < SUBMITS; n++) {
            ids.add(Roundtable.apiJson("POST", "/api/v1/referrals", referrer,
                    Roundtable.maracDraft(questions, 14, "Submit" + run + "x" + n, "1990-03-27"), null, 201).path("id").asText());
        }
        return ids;
    }

    {
        ScenarioBuilder submitting = scenario("submit with " + CLIENTS + " clients")
                .asLongAs(session -> !drafts.isEmpty()).on(
                        exec(session -> {
                            String id = drafts.poll();
                            return id == null ? session.markAsFailed() : session.set("draftId", id);
                        }).doIf(session -> session.contains("draftId")).then(
                                exec(http("submit").post("/api/v1/referrals/#{draftId}/submit").header("If-Match", "0").body(StringBody("{}"))
                                        .check(status().is(200), jsonPath("$.reference").saveAs("reference")))
                                        .exec(session -> {
                                            if (!references.add(session.getString("reference"))) {
                                                return session.markAsFailed();
                                            }
                                            return session.remove("draftId");
                                        })));
        setUp(submitting.injectOpen(atOnceUsers(CLIENTS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(99.0).lte(P99_MS));
    }
}
