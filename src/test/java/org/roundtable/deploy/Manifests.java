package org.roundtable.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The deployment files as data: Kubernetes manifests, the compose file and the realm files under deploy/. */
final class Manifests {

    static final Path DEPLOY = Path.of("deploy");
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    static final YAMLMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();

    private Manifests() {
    }

    /** One parsed YAML document and the file it came from. */
    record Document(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        @Override
        public String toString() {
            return kind() + " " + name() + " (" + file + ")";
        }
    }

    static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> documents(Path file) {
        try {
            return documents(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Document> documents(Path file, String yaml) {
        List<Document> documents = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            Iterator<JsonNode> nodes = YAML.readValues(parser, JsonNode.class);
            while (nodes.hasNext()) {
                JsonNode node = nodes.next();
                if (node != null && !node.isMissingNode() && !node.isNull()) {
                    documents.add(new Document(file, node));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse " + file + ": " + e.getMessage(), e);
        }
        return documents;
    }

    /** Every Kubernetes object under deploy/kubernetes (kustomization files left out). */
    static List<Document> kubernetesObjects() {
        return yamlFiles(KUBERNETES).stream().flatMap(f -> documents(f).stream())
                .filter(d -> !d.kind().equals("Kustomization")).toList();
    }

    static List<Document> ofKind(List<Document> documents, String kind) {
        return documents.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    static Document named(List<Document> documents, String kind, String name) {
        return documents.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " among " + documents));
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Calls the visitor with every field of the node, at any depth, and its path. */
    static void visitFields(JsonNode node, String path, FieldVisitor visitor) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                visitor.visit(path + "/" + e.getKey(), e.getKey(), e.getValue());
                visitFields(e.getValue(), path + "/" + e.getKey(), visitor);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visitFields(node.get(i), path + "/" + i, visitor);
            }
        }
    }

    interface FieldVisitor {
        void visit(String path, String field, JsonNode value);
    }

    /** The client of a realm with this clientId. */
    static ObjectNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return (ObjectNode) client;
            }
        }
        throw new AssertionError("no client " + clientId + " in the realm");
    }

    /** A copy with every text value's placeholder replaced. */
    static JsonNode replaceInText(JsonNode node, String placeholder, String value) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().replace(placeholder, value));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), replaceInText(e.getValue(), placeholder, value)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(n -> copy.add(replaceInText(n, placeholder, value)));
            return copy;
        }
        return node;
    }

    static ArrayNode texts(String... values) {
        ArrayNode array = JSON.createArrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    /** Roundtable's management port (health, metrics), from application.properties. */
    static int managementPort() {
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            var properties = new java.util.Properties();
            properties.load(reader);
            return Integer.parseInt(properties.getProperty("quarkus.management.port").trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
