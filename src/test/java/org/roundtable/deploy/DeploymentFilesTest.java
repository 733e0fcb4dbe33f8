package org.roundtable.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.deploy.Manifests.Document;

/**
 * The deployment files say what docs/operations.md promises: the image (deploy/container/Dockerfile), the
 * Kubernetes manifests (deploy/kubernetes, base and overlays, each built with kubectl kustomize when kubectl is on
 * the machine) and the compose file. No Docker or cluster is needed: the files are parsed and their fields checked.
 */
class DeploymentFilesTest {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|ACCESS_KEY|PRIVATE).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{[A-Z0-9_]+(:?[-?][^}]*)?}");
    private static final int MANAGEMENT_PORT = Manifests.managementPort();

    // ------------------------------------------------------------------ the image

    @Test
    void theDockerfileIsTheQuarkusJvmLayoutRunAsANonRootUserWithAHealthCheck() throws IOException {
        List<String> lines = Files.readAllLines(Manifests.DEPLOY.resolve("container/Dockerfile")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        String from = lines.stream().filter(l -> l.startsWith("FROM ")).findFirst().orElseThrow();
        assertTrue(from.matches("FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:\\d+\\.\\d+(\\.\\d+)?"), from);
        assertTagged(from.substring(5), "Dockerfile FROM");

        List<String> copies = lines.stream().filter(l -> l.startsWith("COPY ")).toList();
        assertEquals(4, copies.size(), "the four layers of quarkus-app: " + copies);
        for (String copy : copies) {
            assertTrue(copy.matches("COPY --chown=185 target/quarkus-app/\\S+ /deployments/\\S*"), "only quarkus-app is copied: " + copy);
        }
        assertTrue(lines.contains("USER 185"), "runs as the non-root user 185");
        assertTrue(lines.indexOf("USER 185") > lines.indexOf(copies.get(copies.size() - 1)), "USER after the COPYs");
        String text = String.join("\n", lines);
        assertTrue(text.contains("-XX:MaxRAMPercentage="), "the heap follows the container's memory limit");
        assertTrue(text.contains("EXPOSE 8080 " + MANAGEMENT_PORT), text);
        String healthCheck = text.substring(text.indexOf("HEALTHCHECK"));
        assertTrue(healthCheck.contains("/dev/tcp/127.0.0.1/" + MANAGEMENT_PORT) && healthCheck.contains("/q/health/ready"),
                "the health check asks the management port's readiness: " + healthCheck);
        assertTrue(text.contains("ENTRYPOINT [ \"/opt/jboss/container/java/run/run-java.sh\" ]"), "the image's run-java.sh starts the JVM");
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(List.of("*", "!target/quarkus-app/"), ignored, "the build context holds only target/quarkus-app (never data/)");
    }

    @Test
    void quarkusContainerImagePropertiesNameAVersionTagNeverLatest() throws IOException {
        var properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        assertEquals("roundtable", properties.getProperty("quarkus.container-image.group"));
        assertEquals("roundtable", properties.getProperty("quarkus.container-image.name"));
        String tag = properties.getProperty("quarkus.container-image.tag");
        assertTrue(tag != null && !tag.isBlank() && !tag.contains("latest"), "tag: " + tag);
        assertEquals("deploy/container/Dockerfile", properties.getProperty("quarkus.docker.dockerfile-jvm-path"));
    }

    // ------------------------------------------------------------------ Kubernetes, as committed

    @Test
    void everyManifestParsesAndNamesItsKind() {
        List<Path> files = Manifests.yamlFiles(Manifests.KUBERNETES);
        assertTrue(files.size() >= 15, "manifests found: " + files);
        for (Path file : files) {
            List<Document> documents = Manifests.documents(file);
            assertFalse(documents.isEmpty(), file + " holds no document");
            for (Document document : documents) {
                assertFalse(document.node().path("apiVersion").asText().isEmpty(), "apiVersion in " + document);
                assertFalse(document.kind().isEmpty(), "kind in " + file);
                if (!document.kind().equals("Kustomization")) {
                    assertFalse(document.name().isEmpty(), "metadata.name in " + document);
                }
            }
        }
    }

    @Test
    void theBaseRunsRoundtableSafelyWithItsDatabaseAndKeycloak() {
        List<Document> base = Manifests.yamlFiles(Manifests.KUBERNETES.resolve("base")).stream()
                .flatMap(f -> Manifests.documents(f).stream()).filter(d -> !d.kind().equals("Kustomization")).toList();
        checkInstallation(base, "base");
    }

    @Test
    void noSecretValueIsWrittenInAnyManifest() {
        for (Document document : Manifests.kubernetesObjects()) {
            assertNoSecretValues(document);
        }
        for (Path kustomization : Manifests.yamlFiles(Manifests.KUBERNETES).stream().filter(f -> f.endsWith("kustomization.yaml")).toList()) {
            JsonNode generators = Manifests.documents(kustomization).get(0).node().path("secretGenerator");
            assertFalse(generators.toString().contains("literals"), kustomization + " writes secret values as literals");
        }
    }

    @Test
    void everyImageIsPinnedToATag() {
        for (Document document : Manifests.kubernetesObjects()) {
            Manifests.visitFields(document.node(), "", (path, field, value) -> {
                if ((field.equals("image") || field.equals("imageName")) && value.isTextual()) {
                    assertTagged(value.asText(), path + " in " + document);
                }
            });
        }
        for (Path kustomization : Manifests.yamlFiles(Manifests.KUBERNETES).stream().filter(f -> f.endsWith("kustomization.yaml")).toList()) {
            for (JsonNode image : Manifests.documents(kustomization).get(0).node().path("images")) {
                String tag = image.path("newTag").asText();
                assertTrue(!tag.isEmpty() && !tag.equals("latest"), kustomization + " sets the tag of " + image);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void eachOverlayHasItsNamespaceAddressesAndARealmImportMadeFromDeployKeycloak(String overlay) {
        Path folder = Manifests.KUBERNETES.resolve("overlays").resolve(overlay);
        JsonNode kustomization = Manifests.documents(folder.resolve("kustomization.yaml")).get(0).node();
        assertFalse(kustomization.path("namespace").asText().isEmpty(), overlay + " sets a namespace");
        String baseUrl = overlayConfig(folder).path("ROUNDTABLE_BASE_URL").asText();
        String keycloakUrl = overlayConfig(folder).path("ROUNDTABLE_KEYCLOAK_URL").asText();
        assertTrue(baseUrl.startsWith("https://") && keycloakUrl.startsWith("https://"), baseUrl + " " + keycloakUrl);
        String patches = kustomization.path("patches").toString();
        assertTrue(patches.contains("value: " + host(baseUrl)), overlay + " points the Roundtable Ingress at " + host(baseUrl));
        assertTrue(patches.contains("value: " + host(keycloakUrl)), overlay + " points the Keycloak Ingress at " + host(keycloakUrl));
        assertTrue(patches.contains("value: " + keycloakUrl), overlay + " sets Keycloak's hostname to " + keycloakUrl);

        JsonNode demo = Manifests.readJson(RealmFiles.DEMO_REALM);
        JsonNode realm = overlay.equals("production")
                ? RealmFiles.productionRealmFor(Manifests.readJson(RealmFiles.PRODUCTION_REALM), baseUrl)
                : RealmFiles.demoRealmFor(demo, baseUrl);
        assertSameAsGenerated(folder.resolve("realm-import.yaml"), RealmFiles.realmImport(realm));
    }

    @Test
    void theProductionRealmHasNoDemoUserNoDemoSecretNoPasswordGrantAndASeparateApiClient() throws IOException {
        JsonNode production = Manifests.readJson(RealmFiles.PRODUCTION_REALM);
        JsonNode expected = RealmFiles.productionRealm(Manifests.readJson(RealmFiles.DEMO_REALM));
        if (!expected.equals(production)) {
            Path written = Path.of("target", "expected-" + RealmFiles.PRODUCTION_REALM.getFileName());
            Files.createDirectories(written.getParent());
            Manifests.JSON.writerWithDefaultPrettyPrinter().writeValue(written.toFile(), expected);
            fail(RealmFiles.PRODUCTION_REALM + " no longer follows from the demo realm (RealmFiles.productionRealm): the expected file is in " + written);
        }
        for (JsonNode user : production.path("users")) {
            assertTrue(user.has("serviceAccountClientId"), "a production realm holds no people: " + user.path("username"));
            assertFalse(user.has("credentials"), "no password in the production realm");
        }
        JsonNode web = Manifests.client(production, "roundtable-web");
        assertEquals(RealmFiles.SECRET_PLACEHOLDER, web.path("secret").asText());
        assertFalse(web.path("directAccessGrantsEnabled").asBoolean(true), "no password grant on the web client");
        JsonNode api = Manifests.client(production, "roundtable-api");
        assertTrue(api.path("publicClient").asBoolean() && !api.path("directAccessGrantsEnabled").asBoolean(true)
                && api.path("attributes").path("oauth2.device.authorization.grant.enabled").asText().equals("true"), api.toString());
        assertTrue(api.path("protocolMappers").toString().contains("\"included.client.audience\":\"roundtable-web\""),
                "API tokens carry the audience the API wants (quarkus.oidc.api.token.audience)");
        assertFalse(Files.readString(RealmFiles.PRODUCTION_REALM).contains("Demo-password"), "no demo password");
        assertFalse(Files.readString(RealmFiles.PRODUCTION_REALM).contains("roundtable-demo-secret"), "no demo secret");
        JsonNode productionImport = Manifests.documents(Manifests.KUBERNETES.resolve("overlays/production/realm-import.yaml")).get(0).node();
        assertFalse(productionImport.toString().contains("Demo-password"), "no demo password in the production overlay");
    }

    // ------------------------------------------------------------------ Kubernetes, built

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void eachOverlayBuildsWithKustomizeIntoASafeInstallation(String overlay) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "Skipped building the overlays: kubectl is not on the PATH (kubectl kustomize "
                + Manifests.KUBERNETES.resolve("overlays").resolve(overlay) + " builds them)");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", Manifests.KUBERNETES.resolve("overlays").resolve(overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String built = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "kubectl kustomize did not end");
        assertEquals(0, process.exitValue(), "kubectl kustomize of " + overlay + " failed");
        List<Document> objects = Manifests.documents(Path.of("kustomize build " + overlay), built);
        System.out.printf("kubectl kustomize %s: %d objects, %d bytes%n", overlay, objects.size(), built.getBytes(StandardCharsets.UTF_8).length);
        String namespace = Manifests.documents(Manifests.KUBERNETES.resolve("overlays").resolve(overlay).resolve("kustomization.yaml"))
                .get(0).node().path("namespace").asText();
        for (Document object : objects) {
            assertEquals(namespace, object.node().path("metadata").path("namespace").asText(), "namespace of " + object);
            assertNoSecretValues(object);
        }
        checkInstallation(objects, overlay);
        assertEquals(1, Manifests.ofKind(objects, "KeycloakRealmImport").size());
        assertTrue(built.contains("image: registry.example.org/roundtable/roundtable:0.1.0"), "the overlay's image");
    }

    // ------------------------------------------------------------------ compose

    @Test
    void theComposeFileRunsThreeServicesWithHealthChecksRestartsVolumesAndSecretsFromEnv() throws IOException {
        Path composeFile = Manifests.DEPLOY.resolve("compose.yaml");
        JsonNode compose = Manifests.documents(composeFile).get(0).node();
        JsonNode services = compose.path("services");
        assertEquals(Set.of("postgres", "keycloak", "roundtable"), fieldNames(services));
        services.fields().forEachRemaining(e -> {
            String name = e.getKey();
            JsonNode service = e.getValue();
            assertTagged(service.path("image").asText(), "compose service " + name);
            assertEquals("unless-stopped", service.path("restart").asText(), name + " restarts");
            assertTrue(service.path("healthcheck").path("test").isArray(), name + " has a health check");
            service.path("environment").fields().forEachRemaining(variable -> {
                if (SECRET_NAME.matcher(variable.getKey()).matches()) {
                    assertTrue(INTERPOLATION.matcher(variable.getValue().asText()).matches(),
                            name + "'s " + variable.getKey() + " comes from .env, not written here: " + variable.getValue());
                }
            });
            for (JsonNode port : service.path("ports")) {
                assertTrue(port.asText().startsWith("127.0.0.1:"), name + " publishes on 127.0.0.1 only, for the TLS proxy: " + port);
                assertFalse(port.asText().endsWith(":" + MANAGEMENT_PORT), name + " does not publish the management port");
            }
        });
        assertTrue(compose.path("volumes").has("postgres-data"), "a named volume for the database");
        assertTrue(services.path("postgres").path("volumes").toString().contains("postgres-data:/var/lib/postgresql/data"));
        JsonNode roundtable = services.path("roundtable");
        assertEquals("185", roundtable.path("user").asText(), "Roundtable runs as a non-root user");
        assertTrue(roundtable.path("read_only").asBoolean(), "read-only root filesystem");
        assertTrue(roundtable.path("healthcheck").toString().contains("/q/health/ready"));
        assertEquals("deploy/container/Dockerfile", roundtable.path("build").path("dockerfile").asText());
        assertTrue(services.path("keycloak").path("volumes").toString().contains("roundtable-realm-production.json"),
                "Keycloak imports the production realm");

        Set<String> used = new java.util.TreeSet<>();
        Matcher variables = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(Files.readString(composeFile));
        while (variables.find()) {
            used.add(variables.group(1));
        }
        List<String> example = Files.readAllLines(Manifests.DEPLOY.resolve(".env.example"));
        for (String variable : used) {
            assertTrue(example.stream().anyMatch(l -> l.startsWith(variable + "=")), variable + " is in deploy/.env.example");
        }
        for (String line : example) {
            if (!line.startsWith("#") && line.contains("=") && SECRET_NAME.matcher(line.substring(0, line.indexOf('='))).matches()) {
                assertTrue(line.endsWith("="), "deploy/.env.example leaves secrets empty: " + line);
            }
        }
        assertTrue(Files.readString(Path.of(".gitignore")).lines().anyMatch("deploy/.env"::equals), "deploy/.env is never committed");
    }

    // ------------------------------------------------------------------ shared checks

    /** What every installation (the base, each built overlay) must hold. */
    private static void checkInstallation(List<Document> objects, String where) {
        Document deployment = Manifests.named(objects, "Deployment", "roundtable");
        JsonNode spec = deployment.node().path("spec");
        assertTrue(spec.path("replicas").asInt() >= 2, where + ": 2 or more replicas");
        assertEquals(0, spec.path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(-1), where + ": one at a time, none down");
        JsonNode pod = spec.path("template").path("spec");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), where + ": pod runs as non-root");
        List<String> tmpVolumes = new ArrayList<>();
        pod.path("volumes").forEach(v -> {
            if (v.has("emptyDir")) {
                tmpVolumes.add(v.path("name").asText());
            }
        });
        assertTrue(pod.path("containers").size() >= 1);
        for (JsonNode container : pod.path("containers")) {
            String management = null;
            for (JsonNode port : container.path("ports")) {
                if (port.path("containerPort").asInt() == MANAGEMENT_PORT) {
                    management = port.path("name").asText();
                }
            }
            assertEquals("management", management, where + ": the management port " + MANAGEMENT_PORT + " is declared");
            for (String[] probe : new String[][] {{"readinessProbe", "/q/health/ready"}, {"livenessProbe", "/q/health/live"},
                    {"startupProbe", "/q/health/started"}}) {
                JsonNode get = container.path(probe[0]).path("httpGet");
                assertEquals(probe[1], get.path("path").asText(), where + ": " + probe[0]);
                assertTrue(get.path("port").asText().equals(management) || get.path("port").asInt() == MANAGEMENT_PORT,
                        where + ": " + probe[0] + " on the management port");
            }
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(container.path("resources").path(kind).path(resource).asText().isEmpty(), where + ": " + kind + "." + resource);
                }
            }
            JsonNode security = container.path("securityContext");
            assertTrue(security.path("runAsNonRoot").asBoolean(), where + ": container runAsNonRoot");
            assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), where + ": allowPrivilegeEscalation false");
            assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), where + ": readOnlyRootFilesystem");
            assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), where + ": drops every capability");
            boolean tmpMounted = false;
            for (JsonNode mount : container.path("volumeMounts")) {
                tmpMounted |= mount.path("mountPath").asText().equals("/tmp") && tmpVolumes.contains(mount.path("name").asText());
            }
            assertTrue(tmpMounted, where + ": an emptyDir on /tmp");
            assertTrue(container.path("envFrom").toString().contains("roundtable-config"), where + ": settings from the ConfigMap");
            assertTrue(container.path("env").toString().contains("\"name\":\"roundtable-db-app\""),
                    where + ": the database user from CloudNativePG's generated Secret");
        }

        Document service = Manifests.named(objects, "Service", "roundtable");
        for (JsonNode port : service.node().path("spec").path("ports")) {
            assertFalse(port.path("targetPort").asText().equals("management") || port.path("targetPort").asInt() == MANAGEMENT_PORT
                    || port.path("port").asInt() == MANAGEMENT_PORT, where + ": the Service does not expose the management port");
        }
        Document budget = Manifests.named(objects, "PodDisruptionBudget", "roundtable");
        assertEquals("roundtable", budget.node().path("spec").path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
        assertTrue(budget.node().path("spec").path("minAvailable").asInt() >= 1, where + ": the PDB keeps one");
        Document autoscaler = Manifests.named(objects, "HorizontalPodAutoscaler", "roundtable");
        assertEquals("roundtable", autoscaler.node().path("spec").path("scaleTargetRef").path("name").asText());
        assertTrue(autoscaler.node().path("spec").path("minReplicas").asInt() >= 2, where + ": autoscaler keeps 2 or more");

        for (Document ingress : Manifests.ofKind(objects, "Ingress")) {
            assertFalse(ingress.node().path("spec").path("tls").isEmpty(), where + ": TLS on " + ingress);
            assertFalse(ingress.node().toString().contains("\"number\":" + MANAGEMENT_PORT), where + ": no Ingress to the management port");
        }
        assertEquals("roundtable", Manifests.named(objects, "Ingress", "roundtable").node().path("spec").path("rules").get(0)
                .path("http").path("paths").get(0).path("backend").path("service").path("name").asText());

        List<Document> policies = Manifests.ofKind(objects, "NetworkPolicy");
        assertTrue(policies.stream().anyMatch(p -> p.node().path("spec").path("podSelector").isEmpty()
                || p.node().path("spec").path("podSelector").size() == 0), where + ": a default deny");
        JsonNode toRoundtable = Manifests.named(objects, "NetworkPolicy", "roundtable-from-ingress").node().path("spec");
        assertEquals("roundtable", toRoundtable.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText());
        assertTrue(toRoundtable.path("ingress").get(0).toString().contains("ingress-nginx"), where + ": Roundtable from the ingress controller");
        JsonNode toDatabase = Manifests.named(objects, "NetworkPolicy", "roundtable-db-from-roundtable").node().path("spec");
        assertEquals("roundtable-db", toDatabase.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText());
        for (JsonNode rule : toDatabase.path("ingress")) {
            String from = rule.path("from").toString();
            assertTrue(from.contains("\"app.kubernetes.io/name\":\"roundtable\"") || from.contains("\"cnpg.io/cluster\":\"roundtable-db\"")
                    || from.contains("cnpg-system"), where + ": only Roundtable, the cluster and its operator reach the database: " + from);
        }

        JsonNode cluster = Manifests.named(objects, "Cluster", "roundtable-db").node().path("spec");
        assertEquals(3, cluster.path("instances").asInt(), where + ": three PostgreSQL instances");
        assertFalse(cluster.path("backup").path("barmanObjectStore").path("destinationPath").asText().isEmpty(), where + ": backups to object storage");
        assertTrue(Manifests.ofKind(objects, "ScheduledBackup").stream()
                .anyMatch(b -> b.node().path("spec").path("cluster").path("name").asText().equals("roundtable-db")), where + ": a ScheduledBackup");
        JsonNode keycloak = Manifests.named(objects, "Keycloak", "keycloak").node().path("spec");
        assertEquals(2, keycloak.path("instances").asInt(), where + ": two Keycloak instances");
        assertEquals("keycloak-db-rw", keycloak.path("db").path("host").asText(), where + ": Keycloak on its own CloudNativePG cluster");
        Manifests.named(objects, "Cluster", "keycloak-db");
    }

    private static void assertNoSecretValues(Document document) {
        if (document.kind().equals("Secret")) {
            assertTrue(document.node().path("data").isMissingNode() && document.node().path("stringData").isMissingNode(),
                    "a Secret with values in plain YAML: " + document);
        }
        Manifests.visitFields(document.node(), "", (path, field, value) -> {
            if (field.equals("env") && value.isArray()) {
                for (JsonNode variable : value) {
                    if (SECRET_NAME.matcher(variable.path("name").asText()).matches()) {
                        assertTrue(variable.has("valueFrom") && !variable.has("value"),
                                variable.path("name").asText() + " comes from a Secret in " + document);
                    }
                }
            }
            if (field.equals("data") && document.kind().equals("ConfigMap")) {
                value.fieldNames().forEachRemaining(name -> assertFalse(SECRET_NAME.matcher(name).matches(),
                        name + " belongs in a Secret, not " + document));
            }
            if (field.equals("secret") && value.isTextual()) {
                assertEquals(RealmFiles.SECRET_PLACEHOLDER, value.asText(), "a client secret in plain YAML at " + path + " of " + document);
            }
        });
    }

    private static void assertTagged(String image, String where) {
        int slash = image.lastIndexOf('/');
        String last = image.substring(slash + 1);
        assertTrue(last.contains(":") || image.contains("@sha256:"), where + ": the image " + image + " names its tag");
        String tag = last.substring(last.indexOf(':') + 1);
        assertFalse(tag.isEmpty() || tag.equals("latest") || tag.startsWith("$"), where + ": the image " + image + " is pinned, not latest");
    }

    private static void assertSameAsGenerated(Path file, JsonNode expected) {
        JsonNode actual = Manifests.documents(file).get(0).node();
        if (!expected.equals(actual)) {
            Path written = Path.of("target", "expected-" + file.getParent().getFileName() + "-" + file.getFileName());
            try {
                Files.createDirectories(written.getParent());
                Manifests.YAML.writeValue(written.toFile(), expected);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            fail(file + " does not follow from deploy/keycloak and the overlay's hosts.yaml: the expected file is in " + written
                    + " (copy it over, keeping the comment at the top)");
        }
    }

    private static JsonNode overlayConfig(Path overlay) {
        return Manifests.named(Manifests.documents(overlay.resolve("hosts.yaml")), "ConfigMap", "roundtable-config").node().path("data");
    }

    private static String host(String url) {
        return url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Path onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, command)).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
