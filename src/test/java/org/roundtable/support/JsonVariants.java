package org.roundtable.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Malformed variants of a valid JSON body, as an attacker or a clumsy client would send them: each field missing,
 * of the wrong type, holding control characters, far too long, overflowing, an impossible date or an unknown choice;
 * unknown fields; and bodies that are not JSON at all.
 */
public final class JsonVariants {

    public record Variant(String description, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Bodies that no parser should turn into a 500. */
    public static final List<String> MALFORMED = List.of("{", "[1,", "{\"a\" 1}", "nul", "\"just text\"", "[]", "123", "{}{}",
            "{\"a\":}", "\uFEFF{}", "{\"a\":\"\\ud800\"}", "{\"a\":1e99999}", "{\"a\":-99999999999999999999999999}");

    private JsonVariants() {
    }

    /** Every variant of the sample: per field, then for the whole body. {@code maxLength} gives a field's declared limit. */
    public static List<Variant> of(String sample, ToIntFunction<String> maxLength) {
        List<Variant> variants = new ArrayList<>();
        for (String malformed : MALFORMED) {
            variants.add(new Variant("malformed " + malformed, malformed));
        }
        if (sample == null) {
            return variants;
        }
        JsonNode root = read(sample);
        variants.add(new Variant("truncated", sample.substring(0, sample.length() / 2)));
        variants.add(new Variant("empty object", "{}"));
        for (List<Object> path : paths(root, new ArrayList<>())) {
            String name = describe(path);
            String field = path.get(path.size() - 1) instanceof String s ? s : "";
            int longText = 10 * Math.max(maxLength.applyAsInt(field), 1);
            if (path.get(path.size() - 1) instanceof String) {
                variants.add(new Variant("missing " + name, write(removed(root, path))));
            }
            variants.add(variant(root, path, name + " as number", NODES.numberNode(12345)));
            variants.add(variant(root, path, name + " as boolean", NODES.booleanNode(true)));
            variants.add(variant(root, path, name + " as text", NODES.textNode("text")));
            variants.add(variant(root, path, name + " as list", NODES.arrayNode()));
            variants.add(variant(root, path, name + " as object", NODES.objectNode()));
            variants.add(variant(root, path, name + " as null", NODES.nullNode()));
            variants.add(variant(root, path, name + " with NUL", NODES.textNode("a\u0000b")));
            variants.add(variant(root, path, name + " with a control character", NODES.textNode("bell\u0007")));
            variants.add(variant(root, path, name + " " + longText + " long", NODES.textNode("x".repeat(longText))));
            variants.add(variant(root, path, name + " past Integer.MAX_VALUE", NODES.numberNode(new BigDecimal("99999999999999999999"))));
            variants.add(variant(root, path, name + " negative", NODES.numberNode(-2147483649L)));
            variants.add(variant(root, path, name + " an impossible date", NODES.textNode("2026-02-30")));
            variants.add(variant(root, path, name + " a date 10000 years on", NODES.textNode("+12026-01-01")));
            variants.add(variant(root, path, name + " an unknown choice", NODES.textNode("NOT_A_CHOICE")));
        }
        for (List<Object> path : objectPaths(root)) {
            JsonNode copy = root.deepCopy();
            ((ObjectNode) at(copy, path)).put("zzUnknownField", 1);
            variants.add(new Variant("unknown field in " + describe(path), write(copy)));
        }
        return variants;
    }

    private static Variant variant(JsonNode root, List<Object> path, String description, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
        return new Variant(description, write(copy));
    }

    private static JsonNode removed(JsonNode root, List<Object> path) {
        JsonNode copy = root.deepCopy();
        ((ObjectNode) at(copy, path.subList(0, path.size() - 1))).remove((String) path.get(path.size() - 1));
        return copy;
    }

    /** Paths to every value (object fields and the first element of each list), depth first. */
    private static List<List<Object>> paths(JsonNode node, List<Object> prefix) {
        List<List<Object>> found = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> path = new ArrayList<>(prefix);
                path.add(name);
                found.add(path);
                found.addAll(paths(node.get(name), path));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(0);
            found.add(path);
            found.addAll(paths(node.get(0), path));
        }
        return found;
    }

    private static List<List<Object>> objectPaths(JsonNode root) {
        List<List<Object>> found = new ArrayList<>();
        if (root.isObject()) {
            found.add(List.of());
        }
        paths(root, new ArrayList<>()).stream().filter(path -> at(root, path).isObject()).forEach(found::add);
        return found;
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    private static String describe(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            name.append(step instanceof String s ? (name.isEmpty() ? s : "." + s) : "[" + step + "]");
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("A sample body is not JSON: " + json, e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
