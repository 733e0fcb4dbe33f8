package org.roundtable.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is what integrators generate their clients from. Each test walks every operation and names
 * every one that breaks a rule, so a new endpoint without an operationId, a response schema or the problem
 * schema fails here rather than in someone's generated client.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static JsonNode document;

    // Once per class, but not in @BeforeAll: RestAssured learns the test port only when the first test starts.
    @BeforeEach
    void fetchDocument() throws IOException {
        if (document != null) {
            return;
        }
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void everyOperationHasAReadableOperationId() {
        List<String> missing = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Op op : operations()) {
            String id = op.node().path("operationId").asText("");
            if (id.isEmpty()) {
                missing.add(op.name());
            } else if (!id.matches("[a-z][A-Za-z0-9]*")) {
                unreadable.add(op.name() + " (" + id + ")");
            }
        }
        assertEquals(List.of(), missing, "operations without an operationId");
        assertEquals(List.of(), unreadable, "operationIds that are not lowerCamelCase words");
    }

    @Test
    void noTwoOperationsShareAnOperationId() {
        Map<String, String> firstUse = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Op op : operations()) {
            String id = op.node().path("operationId").asText("");
            String earlier = id.isEmpty() ? null : firstUse.putIfAbsent(id, op.name());
            if (earlier != null) {
                duplicates.add(id + ": " + earlier + " and " + op.name());
            }
        }
        assertEquals(List.of(), duplicates, "operationIds used twice");
    }

    @Test
    void everyOperationDeclaresItsSuccessAndItsBody() {
        List<String> withoutSchema = new ArrayList<>();
        for (Op op : operations()) {
            // Declaring only an error (say a 409) makes SmallRye drop the success answer it would otherwise generate.
            boolean succeeds = false;
            for (var status = op.node().path("responses").fieldNames(); status.hasNext();) {
                succeeds |= status.next().startsWith("2");
            }
            if (!succeeds) {
                withoutSchema.add(op.name() + " has no 2xx answer");
            }
            op.node().path("responses").fields().forEachRemaining(response -> {
                String status = response.getKey();
                if (status.startsWith("2") && !status.equals("204") && !hasSchemaInEveryMediaType(response.getValue())) {
                    withoutSchema.add(op.name() + " " + status);
                }
            });
        }
        assertEquals(List.of(), withoutSchema, "operations without a 2xx answer, or 2xx answers without a schema");
    }

    @Test
    void everyErrorIsAProblemDocument() {
        List<String> notProblems = new ArrayList<>();
        for (Op op : operations()) {
            op.node().path("responses").fields().forEachRemaining(response -> {
                String status = response.getKey();
                if ((status.startsWith("4") || status.startsWith("5")) && !isProblem(response.getValue())) {
                    notProblems.add(op.name() + " " + status);
                }
            });
        }
        assertEquals(List.of(), notProblems, "4xx/5xx responses without the application/problem+json Problem schema");
    }

    @Test
    void everyOperationDocumentsTheErrorsEveryCallerCanMeet() {
        List<String> missing = new ArrayList<>();
        for (Op op : operations()) {
            JsonNode responses = op.node().path("responses");
            List<String> expected = new ArrayList<>(List.of("401", "403", "500"));
            if (takesInput(op)) {
                expected.add("400");
            }
            if (hasPathParameter(op)) {
                expected.add("404");
            }
            if (hasIfMatch(op.node())) {
                expected.add("409");
            }
            expected.stream().filter(status -> !responses.has(status)).forEach(status -> missing.add(op.name() + " " + status));
        }
        assertEquals(List.of(), missing, "error responses not documented");
    }

    @Test
    void theProblemSchemaCarriesFieldErrors() {
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode errors = schemas.path("Problem").path("properties").path("errors");
        assertEquals("array", errors.path("type").asText(), "Problem.errors is a list");
        String itemRef = errors.path("items").path("$ref").asText();
        assertEquals("#/components/schemas/FieldError", itemRef, "Problem.errors holds FieldErrors");
        assertTrue(schemas.path("FieldError").path("properties").has("field"), "FieldError names its field");
    }

    @Test
    void theDocumentNamesItsServerLicenceAndTags() {
        assertFalse(document.path("servers").isEmpty(), "servers");
        assertTrue(document.path("servers").path(0).path("url").isTextual(), "servers[0].url");
        assertEquals("MIT", document.path("info").path("license").path("name").asText(), "info.license.name");
        assertTrue(document.path("info").path("license").path("url").asText().startsWith("https://"), "info.license.url");

        Map<String, String> described = new HashMap<>();
        document.path("tags").forEach(tag -> described.put(tag.path("name").asText(), tag.path("description").asText("")));
        Set<String> undescribed = new TreeSet<>();
        for (Op op : operations()) {
            op.node().path("tags").forEach(tag -> {
                if (described.getOrDefault(tag.asText(), "").isBlank()) {
                    undescribed.add(tag.asText());
                }
            });
        }
        assertEquals(Set.of(), undescribed, "tags used by operations without a description");
    }

    @Test
    void pagesStayOutOfTheDocument() {
        List<String> notApi = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            if (!path.startsWith("/api/v1/")) {
                notApi.add(path);
            }
        });
        assertEquals(List.of(), notApi, "paths outside /api/v1 (pages are hidden)");
    }

    private static boolean hasSchemaInEveryMediaType(JsonNode response) {
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            return false;
        }
        for (JsonNode mediaType : content) {
            JsonNode schema = mediaType.path("schema");
            if (!schema.has("$ref") && !schema.has("type")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProblem(JsonNode response) {
        return PROBLEM_REF.equals(response.path("content").path(Problem.MEDIA_TYPE).path("schema").path("$ref").asText());
    }

    private static boolean takesInput(Op op) {
        JsonNode pathParameters = document.path("paths").path(op.path()).path("parameters");
        return op.node().has("requestBody") || !op.node().path("parameters").isEmpty() || !pathParameters.isEmpty();
    }

    private static boolean hasPathParameter(Op op) {
        return op.path().contains("{");
    }

    private static boolean hasIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("If-Match".equalsIgnoreCase(parameter.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<Op> operations() {
        List<Op> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method.getKey())) {
                operations.add(new Op(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }));
        assertFalse(operations.isEmpty(), "the document lists operations");
        return operations;
    }

    private record Op(String method, String path, JsonNode node) {
        String name() {
            return method + " " + path;
        }
    }
}
