package org.roundtable.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A case opened by a coordinator at a fixed arrival rate (open-loop: new views arrive whether or not earlier ones
 * finished, as users do). {@code -Dtarget=page} the case page /cases/{id} with a signed-in session; {@code api} the
 * case API with a bearer token; {@code static} the public signed-out page, the reference for what this machine serves
 * with the load generator on the same cores. {@code -Drate=200 -Dseconds=60 -Dcases=20 [-DcaseIds=FILE]}.
 * Fails (and says so in the report) if the 99th percentile passes {@code -Dp99=100} ms or any view fails.
 */
public class CaseViewSimulation extends Simulation {

    private static final String TARGET = System.getProperty("target", "page");
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "50"));
    private static final int SECONDS = Integer.getInteger("seconds", 60);
    private static final int P99_MS = Integer.getInteger("p99", 100);

    private final List<String> caseIds = TARGET.equals("static") ? List.of() : Roundtable.casesToRead(Integer.getInteger("cases", 20));
    private final AtomicLong next = new AtomicLong();
    private final Supplier<Map<String, Object>> nextCase = () -> Map.of("caseId", caseIds.get((int) (next.getAndIncrement() % caseIds.size())));

    private final HttpProtocolBuilder protocol = http.baseUrl(Roundtable.BASE).disableFollowRedirect()
            .acceptHeader("text/html,application/json").shareConnections();

    private ChainBuilder view() {
        return switch (TARGET) {
            case "page" -> {
                String cookie = Roundtable.pageSession("coordinator");
                yield ChainBuilder.EMPTY.feed(Stream.generate(nextCase).iterator()).exec(http("case page")
                        .get("/cases/#{caseId}").header("Cookie", cookie)
                        .check(status().is(200), css("h1").exists()));
            }
            case "api" -> {
                String bearer = Roundtable.bearer("coordinator");
                yield ChainBuilder.EMPTY.feed(Stream.generate(nextCase).iterator()).exec(http("case API")
                        .get("/api/v1/referrals/#{caseId}").header("Authorization", "Bearer " + bearer)
                        .check(status().is(200), jsonPath("$.id").isEL("#{caseId}")));
            }
            case "static" -> ChainBuilder.EMPTY.exec(http("signed-out page").get("/signed-out")
                    .check(status().is(200), css("h1").exists()));
            default -> throw new IllegalArgumentException("-Dtarget is page, api or static, not " + TARGET);
        };
    }

    {
        ScenarioBuilder views = scenario("case views: " + TARGET + " at " + RATE + "/s").exec(view());
        setUp(views.injectOpen(constantUsersPerSec(RATE).during(SECONDS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(99.0).lte(P99_MS));
    }
}
