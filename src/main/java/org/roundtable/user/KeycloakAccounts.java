package org.roundtable.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.roundtable.cluster.ClusterLock;

/**
 * Reads which accounts are disabled in Keycloak (accounts are created and disabled there, not here),
 * using the web client's service account, which holds realm-management's view-users role.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
    private static final int PAGE = 200;

    @ConfigProperty(name = "roundtable.keycloak.url")
    String keycloakUrl;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    String clientSecret;

    @Inject
    UserService users;

    @Inject
    ObjectMapper json;

    // HTTP/1.1: the default would first try an h2c upgrade, which Keycloak's plain-HTTP listener need not answer well.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    ClusterLock cluster;

    /** The job's lock name across replicas. */
    public static final String JOB = "keycloak-account-check";

    @Scheduled(every = "${roundtable.account-check.every:10m}", delayed = "20s", identity = JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCheck() {
        refreshOnThisReplica();
    }

    /** What the schedule calls: {@link #refresh}, or empty when another replica is checking now. */
    public Optional<Integer> refreshOnThisReplica() {
        return cluster.runOnce(JOB, this::refresh);
    }

    /** Returns how many users changed state, or -1 when Keycloak could not be asked twice running. */
    public int refresh() {
        int changed = tryRefresh();
        // A busy Keycloak (or a sign-in saving the same user row) fails one attempt, rarely two.
        return changed >= 0 ? changed : tryRefresh();
    }

    private int tryRefresh() {
        try {
            String token = serviceAccountToken();
            Set<String> known = new HashSet<>();
            Set<String> disabled = new HashSet<>();
            for (int first = 0; ; first += PAGE) {
                JsonNode page = get("/admin/realms/roundtable/users?briefRepresentation=true&first=" + first + "&max=" + PAGE, token);
                for (JsonNode account : page) {
                    known.add(account.path("id").asText());
                    if (!account.path("enabled").asBoolean(true)) {
                        disabled.add(account.path("id").asText());
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            return users.applyAccountStates(disabled, known);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not read account states from Keycloak: %s", e.toString());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String serviceAccountToken() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/roundtable/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return read(request).path("access_token").asText();
    }

    private JsonNode get(String path, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).GET().build();
        return read(request);
    }

    private JsonNode read(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak answered " + response.statusCode() + " to " + request.uri().getPath());
        }
        return json.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
