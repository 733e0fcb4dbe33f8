package org.roundtable.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.roundtable.support.PostgresTestResource;

/**
 * Two replicas on one PostgreSQL: the packaged application the integration tests start (port 8081) and a second copy
 * of the same jar started here (port 8186, management 9016), both with the same configuration. A user signs in on the
 * first; the second accepts the same session cookies (a browser sends a host's cookies to every port of it) because
 * both hold the same session encryption secret from configuration, and a form posted there is saved. Scheduled jobs
 * running once across replicas: ClusterLockTest.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class TwoInstancesIT extends BrowserJourney {

    static final int SECOND_PORT = 8186;
    static final int SECOND_MANAGEMENT_PORT = 9016;
    static final String SECOND = "http://localhost:" + SECOND_PORT;

    private static Process second;

    /** Started from the test, not @BeforeAll: the test database and the first instance start with the test instance. */
    static void startSecondInstance() throws IOException {
        String jdbcUrl = Objects.requireNonNull(System.getProperty(PostgresTestResource.JDBC_URL), "the test database runs");
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        Path log = Path.of("target", "second-instance.log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + SECOND_PORT, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.management.port=" + SECOND_MANAGEMENT_PORT, "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl, "-Dquarkus.datasource.username=postgres",
                "-Droundtable.keycloak.url=" + KeycloakTestResource.URL, "-Droundtable.data-dir=target/second-instance",
                "-Djava.io.tmpdir=" + Path.of("target", "tmp").toAbsolutePath(), "-jar", jar.toString()));
        second = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        waitUntilReady(log);
    }

    /** Polls the second instance's readiness; a loaded 2-core machine may take minutes to start it. */
    private static void waitUntilReady(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        URI ready = URI.create("http://localhost:" + SECOND_MANAGEMENT_PORT + "/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!second.isAlive()) {
                throw new IllegalStateException("The second instance stopped while starting: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            second.onExit().completeOnTimeout(null, 1, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        throw new IllegalStateException("The second instance was not ready within 5 minutes; see " + log);
    }

    @AfterAll
    static void stopSecondInstance() throws Exception {
        if (second != null) {
            second.destroy();
            if (!second.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    @Test
    void aSessionStartedOnOneReplicaContinuesOnTheOtherAndAFormPostedThereIsSaved() throws IOException {
        startSecondInstance();
        Page page = browser.signIn("admin");
        assertTrue(page.context().cookies(BrowserSession.APP).stream().anyMatch(c -> c.name.startsWith("q_session")),
                "signed in on the first replica");

        page.navigate(SECOND + "/");
        assertTrue(page.url().startsWith(SECOND), "the second replica did not send the user to sign in again: " + page.url());
        assertTrue(page.textContent("h1").contains("Hello,"), page.textContent("h1"));

        // A page with a form on the second replica: its CSRF cookie and the session both carry over.
        String name = "Replica Two Housing " + Instant.now().toEpochMilli() % 100000;
        page.navigate(SECOND + "/admin/agencies/new");
        page.fill("#name", name);
        page.fill("#shortCode", "R2" + Instant.now().toEpochMilli() % 10000);
        page.selectOption("#type", "HOUSING");
        page.click("text=Save agency");
        page.waitForURL(SECOND + "/admin/agencies?saved=**");
        assertThat(page.locator("body")).containsText(name);
        assertTrue(page.url().startsWith(SECOND), page.url());

        // And back on the first replica, the change made on the second shows (one database, names kept 10 s at most).
        page.navigate(BrowserSession.APP + "/admin/agencies");
        assertThat(page.locator("body")).containsText(name);
        assertTrue(page.url().startsWith(BrowserSession.APP), page.url());
        page.context().close();
    }
}
