package org.roundtable.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * How the realm files under deploy/ follow from the demo realm (deploy/keycloak/roundtable-realm.json): the
 * production realm file, and the KeycloakRealmImport of each Kubernetes overlay. DeploymentFilesTest compares the
 * committed files with these.
 */
final class RealmFiles {

    static final Path DEMO_REALM = Manifests.DEPLOY.resolve("keycloak/roundtable-realm.json");
    static final Path PRODUCTION_REALM = Manifests.DEPLOY.resolve("keycloak/roundtable-realm-production.json");
    static final String SECRET_PLACEHOLDER = "${ROUNDTABLE_OIDC_SECRET}";
    static final String BASE_URL_PLACEHOLDER = "${ROUNDTABLE_BASE_URL}";

    private RealmFiles() {
    }

    /**
     * The production realm: the demo realm without its demo users (service accounts stay), the web client's secret
     * and addresses as placeholders Keycloak fills in at import, no password grant on the web client, and a public
     * roundtable-api client for API tokens by the device authorization grant, with the agency claim and the
     * roundtable-web audience the API wants.
     */
    static JsonNode productionRealm(JsonNode demo) {
        ObjectNode realm = demo.deepCopy();
        ArrayNode users = Manifests.JSON.createArrayNode();
        realm.path("users").forEach(u -> {
            if (u.has("serviceAccountClientId")) {
                users.add(u);
            }
        });
        realm.set("users", users);
        ObjectNode web = Manifests.client(realm, "roundtable-web");
        web.put("secret", SECRET_PLACEHOLDER);
        web.put("directAccessGrantsEnabled", false);
        web.put("baseUrl", BASE_URL_PLACEHOLDER + "/");
        web.set("redirectUris", Manifests.texts(BASE_URL_PLACEHOLDER + "/*"));

        ObjectNode api = Manifests.JSON.createObjectNode();
        api.put("clientId", "roundtable-api");
        api.put("name", "Roundtable API");
        api.put("description", "Tokens for scripts and other systems that call /api/v1 as a signed-in user (device authorization grant)");
        api.put("enabled", true);
        api.put("protocol", "openid-connect");
        api.put("publicClient", true);
        api.put("standardFlowEnabled", false);
        api.put("implicitFlowEnabled", false);
        api.put("directAccessGrantsEnabled", false);
        api.put("serviceAccountsEnabled", false);
        api.putObject("attributes").put("oauth2.device.authorization.grant.enabled", "true");
        api.put("fullScopeAllowed", true);
        ArrayNode mappers = api.putArray("protocolMappers");
        web.path("protocolMappers").forEach(m -> {
            String name = m.path("name").asText();
            if (name.equals("agency") || name.equals("roundtable-web audience")) {
                mappers.add(m.deepCopy());
            }
        });
        ArrayNode clients = (ArrayNode) realm.path("clients");
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i) == web) {
                clients.insert(i + 1, api);
                break;
            }
        }
        return realm;
    }

    /** The production overlay's realm: the production realm with this installation's address. */
    static JsonNode productionRealmFor(JsonNode productionRealm, String baseUrl) {
        return Manifests.replaceInText(productionRealm, BASE_URL_PLACEHOLDER, baseUrl);
    }

    /** The dev overlay's realm: the demo realm and its users, with the client secret from a Secret and this address. */
    static JsonNode demoRealmFor(JsonNode demo, String baseUrl) {
        ObjectNode realm = demo.deepCopy();
        ObjectNode web = Manifests.client(realm, "roundtable-web");
        web.put("secret", SECRET_PLACEHOLDER);
        web.put("baseUrl", baseUrl + "/");
        web.set("redirectUris", Manifests.texts(baseUrl + "/*"));
        return realm;
    }

    /** A KeycloakRealmImport of the realm for the Keycloak CR "keycloak", its client secret from the Secret roundtable-oidc. */
    static JsonNode realmImport(JsonNode realm) {
        ObjectNode doc = Manifests.JSON.createObjectNode();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        doc.put("kind", "KeycloakRealmImport");
        doc.putObject("metadata").put("name", "roundtable-realm");
        ObjectNode spec = doc.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        spec.putObject("placeholders").putObject("ROUNDTABLE_OIDC_SECRET").putObject("secret")
                .put("name", "roundtable-oidc").put("key", "client-secret");
        spec.set("realm", realm);
        return doc;
    }
}
