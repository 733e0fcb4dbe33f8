package org.roundtable.user;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.UserRepresentation;
import org.roundtable.cluster.ClusterLock;

/**
 * Reads which accounts are disabled in Keycloak (accounts are created and disabled there, not here), through
 * Keycloak's admin API (quarkus-keycloak-admin-rest-client) as the web client's service account, which holds
 * realm-management's view-users role.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
    private static final String REALM = "roundtable";
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
    ClusterLock cluster;

    /** The job's lock name across replicas. */
    public static final String JOB = "keycloak-account-check";

    private volatile Keycloak keycloak;

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
            Set<String> known = new HashSet<>();
            Set<String> disabled = new HashSet<>();
            // Keycloak is read with the lock's transaction suspended: the admin client answers on its own threads, and
            // a transaction propagated to them was still active there when the run committed ("committing with 2
            // threads active"), which failed the commit. The lock is held by the suspended transaction all the same.
            io.quarkus.narayana.jta.QuarkusTransaction.suspendingExisting().run(() -> {
                for (int first = 0; ; first += PAGE) {
                    List<UserRepresentation> page = keycloak().realm(REALM).users().search(null, first, PAGE, true);
                    for (UserRepresentation account : page) {
                        known.add(account.getId());
                        if (Boolean.FALSE.equals(account.isEnabled())) {
                            disabled.add(account.getId());
                        }
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            });
            return users.applyAccountStates(disabled, known);
        } catch (RuntimeException e) {
            LOG.warnf("Could not read account states from Keycloak: %s", e.toString());
            return -1;
        }
    }

    /** One client for the application's life: it keeps the service account's token and renews it when it expires. */
    private Keycloak keycloak() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder().serverUrl(keycloakUrl).realm(REALM)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(clientSecret).build();
                }
                client = keycloak;
            }
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
