package org.roundtable.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md names every roundtable.* property the application reads (in @ConfigProperty, @ConfigMapping
 * prefixes, @Scheduled expressions or application.properties) with its environment variable, and every environment
 * variable application.properties reads through ${...}.
 */
class ConfigurationDocTest {

    private static final Path DOC = Path.of("docs", "configuration.md");
    private static final Path PROPERTIES = Path.of("src", "main", "resources", "application.properties");
    /**
     * A roundtable.* property where code reads configuration: {@code @ConfigProperty(name = "roundtable.x")},
     * {@code @ConfigMapping(prefix = "roundtable.x")}, an expression {@code "${roundtable.x:5m}"} or {@code "{roundtable.x}"},
     * or a lookup {@code getValue("roundtable.x", ...)}. Other strings that start with "roundtable." (metric names) are not settings.
     */
    private static final Pattern IN_CODE = Pattern.compile(
            "(?:(?:name|prefix)\\s*=\\s*\"|\\{|(?:getValue|getOptionalValue|setting|getProperty)\\(\\s*\")(roundtable\\.[a-z][a-z0-9.-]*[a-z0-9])");
    private static final Pattern PROPERTY_KEY = Pattern.compile("^(?:%[a-z-]+\\.)?(roundtable\\.[a-z][a-z0-9.-]*[a-z0-9])\\s*=", Pattern.MULTILINE);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @Test
    void everyRoundtablePropertyIsDocumentedWithItsEnvironmentVariable() throws IOException {
        Set<String> properties = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(IN_CODE, Files.readString(source), properties);
            }
        }
        String applicationProperties = Files.readString(PROPERTIES);
        collect(PROPERTY_KEY, applicationProperties, properties);
        collect(IN_CODE, applicationProperties, properties);
        assertTrue(properties.containsAll(List.of("roundtable.base-url", "roundtable.keycloak.url", "roundtable.reminders.every")),
                "the scan finds the known properties: " + properties);

        // The role groups (access/RoleGroup) are code published as configuration for @RolesAllowed; no setting changes them.
        properties.removeIf(property -> property.startsWith("roundtable.role-group."));
        String doc = Files.readString(DOC);
        Set<String> missing = new TreeSet<>();
        for (String property : properties) {
            String variable = property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
            if (!doc.contains("`" + property + "`") || !doc.contains("`" + variable + "`") && !documentedVariableFor(property, doc)) {
                missing.add(property + " (" + variable + ")");
            }
        }
        assertTrue(missing.isEmpty(), "add these to " + DOC + " with their environment variable and default: " + missing);
    }

    @Test
    void everyEnvironmentVariableThatApplicationPropertiesReadsIsDocumented() throws IOException {
        Set<String> variables = new TreeSet<>();
        collect(VARIABLE, Files.readString(PROPERTIES), variables);
        assertTrue(variables.contains("ROUNDTABLE_DB_URL"), "the scan finds ${ROUNDTABLE_DB_URL}: " + variables);
        String doc = Files.readString(DOC);
        Set<String> missing = new TreeSet<>(variables.stream().filter(v -> !doc.contains("`" + v + "`")).toList());
        assertTrue(missing.isEmpty(), "add these environment variables to " + DOC + ": " + missing);
    }

    /** A property read under another variable's name (roundtable.data-dir is ROUNDTABLE_DATA): its table row names one. */
    private static boolean documentedVariableFor(String property, String doc) {
        return doc.lines().anyMatch(line -> line.startsWith("| `" + property + "` | `ROUNDTABLE_"));
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
