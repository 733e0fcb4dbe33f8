package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;
import org.junit.jupiter.api.Test;

/**
 * The CSRF filter checks the token of form posts only and lets other content types through (the API's JSON is
 * checked by its bearer token), so a page endpoint that accepted text/plain or JSON would take a cross-site post
 * without a token. Every page endpoint that changes something must consume form types only; a new one fails here
 * until it does.
 */
class PageFormsTest {

    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data");
    private static final List<String> CHANGING_METHODS = List.of("POST", "PUT", "DELETE", "PATCH");
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName CONSUMES = DotName.createSimple("jakarta.ws.rs.Consumes");

    @Test
    void everyPageEndpointThatChangesSomethingConsumesOnlyForms() throws IOException {
        Map<String, List<String>> notFormsOnly = new TreeMap<>();
        List<String> walked = new java.util.ArrayList<>();
        for (ClassInfo resource : indexOfApplicationClasses().getKnownClasses()) {
            AnnotationInstance classPath = resource.declaredAnnotation(PATH);
            if (classPath == null || classPath.value().asString().replaceAll("^/+", "").startsWith("api/")) {
                continue;
            }
            for (MethodInfo method : resource.methods()) {
                if (method.annotations().stream().noneMatch(a -> CHANGING_METHODS.contains(a.name().local()))) {
                    continue;
                }
                walked.add(resource.simpleName() + "." + method.name());
                List<String> consumed = consumed(method, resource);
                if (consumed.isEmpty() || !FORM_TYPES.containsAll(consumed)) {
                    notFormsOnly.put(resource.simpleName() + "." + method.name(), consumed);
                }
            }
        }
        assertTrue(walked.contains("TriagePage.start"), "the walk finds the page endpoints: " + walked);
        assertEquals(Map.of(), notFormsOnly, "page endpoints that consume more than forms (or say nothing, which means anything)");
    }

    private static List<String> consumed(MethodInfo method, ClassInfo resource) {
        AnnotationInstance consumes = method.declaredAnnotation(CONSUMES);
        if (consumes == null) {
            consumes = resource.declaredAnnotation(CONSUMES);
        }
        return consumes == null ? List.of() : List.of(consumes.value().asStringArray());
    }

    private static Index indexOfApplicationClasses() throws IOException {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(Path.of("target", "classes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (var in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        }
        return indexer.complete();
    }
}
