package org.roundtable.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real Keycloak for the integration tests: the distribution the build unpacked from the local Maven
 * repository, started in dev mode with the roundtable realm imported afresh, and stopped afterwards.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    public static final int PORT = 8183;
    public static final String URL = "http://localhost:" + PORT;
    /** Short enough that a test can wait for a token to expire. */
    public static final int ACCESS_TOKEN_SECONDS = 10;

    private Process keycloak;

    @Override
    public Map<String, String> start() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3")).toAbsolutePath();
        Path realm = Path.of(System.getProperty("roundtable.realm.file", "deploy/keycloak/roundtable-realm.json"));
        try {
            deleteRecursively(home.resolve("data"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, home.resolve("data/import/roundtable-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Path log = Path.of("target", "keycloak-it.log").toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + PORT, "--import-realm", "--health-enabled=false")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            keycloak = builder.start();
            waitUntilReady(log);
            KeycloakAdmin.setAccessTokenLifespan(ACCESS_TOKEN_SECONDS);
        } catch (IOException e) {
            stop();
            throw new IllegalStateException("Could not start Keycloak from " + home, e);
        }
        return Map.of(
                "roundtable.keycloak.url", URL,
                "roundtable.demo-data", "true",
                "quarkus.oidc.token.refresh-token-time-skew", "1S",
                "quarkus.management.port", "9002");
    }

    private void waitUntilReady(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(240);
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create(URL + "/realms/roundtable/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("Keycloak was not ready within 240 s; see " + log);
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            try {
                keycloak.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                keycloak.destroyForcibly();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
