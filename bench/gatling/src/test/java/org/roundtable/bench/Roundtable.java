package org.roundtable.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Talking to a running Roundtable outside the measured load: signing in as a demo user and setting up the cases a
 * scenario needs, through the same API a partner system uses (so every setup step is checked and audited as usual).
 */
final class Roundtable {

    static final String BASE = System.getProperty("base", "http://localhost:8080");
    static final String REALM = System.getProperty("realm", "http://localhost:8180/realms/roundtable");
    static final String PASSWORD = System.getProperty("password", "Demo-password-1");
    private static final String CLIENT = "roundtable-web";
    private static final String SECRET = System.getProperty("clientSecret", "roundtable-demo-secret");

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private Roundtable() {
    }

    /** An API access token for a demo user (the demo realm allows the password grant for its web client). */
    static String bearer(String username) {
        String body = form(Map.of("grant_type", "password", "client_id", CLIENT, "client_secret", SECRET,
                "username", username, "password", PASSWORD));
        String answer = send(HTTP, HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 200);
        return json(answer).path("access_token").asText();
    }

    /**
     * The Cookie header of a signed-in page session: the browser's sign-in through Keycloak's form, so that page load
     * is measured with the session cookies a real user's browser sends, not with the sign-in itself.
     */
    static String pageSession(String username) {
        LocalhostCookies cookies = new LocalhostCookies();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS).build();
        String loginPage = send(browser, HttpRequest.newBuilder(URI.create(BASE + "/")).GET().build(), 200);
        Matcher formTag = LOGIN_FORM.matcher(loginPage);
        if (!formTag.find()) {
            throw new IllegalStateException("no Keycloak sign-in form at " + BASE + "/ (is Roundtable running with its Keycloak?)");
        }
        Matcher action = ACTION.matcher(formTag.group());
        if (!action.find()) {
            throw new IllegalStateException("the sign-in form has no action");
        }
        String signedIn = send(browser, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", PASSWORD,
                        "credentialId", ""))))
                .build(), 200);
        if (signedIn.contains("kc-form-login")) {
            throw new IllegalStateException("Keycloak refused the sign-in of " + username);
        }
        String header = cookies.named(URI.create(BASE).getHost()).entrySet().stream()
                .filter(c -> c.getKey().startsWith("q_session"))
                .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        if (header.isEmpty()) {
            throw new IllegalStateException("signed in, but Roundtable set no session cookie");
        }
        return header;
    }

    /**
     * Cookies by host, sent over plain http as a browser sends them to localhost: Java's CookieManager never sends a
     * Secure cookie over http, and Keycloak marks its sign-in cookies Secure, so its form then answers 400.
     */
    private static final class LocalhostCookies extends java.net.CookieHandler {

        private final Map<String, Map<String, String>> byHost = new java.util.concurrent.ConcurrentHashMap<>();

        Map<String, String> named(String host) {
            return byHost.getOrDefault(host, Map.of());
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = named(uri.getHost());
            return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    for (String value : values) {
                        java.net.HttpCookie.parse(value).forEach(cookie -> {
                            Map<String, String> jar = byHost.computeIfAbsent(uri.getHost(), h -> new java.util.concurrent.ConcurrentHashMap<>());
                            if (cookie.getMaxAge() == 0) {
                                jar.remove(cookie.getName());
                            } else {
                                jar.put(cookie.getName(), cookie.getValue());
                            }
                        });
                    }
                }
            });
        }
    }

    /** Calls the API with JSON and returns the body; anything but the expected status stops the setup. */
    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body.substring(0, Math.min(200, body.length())), e);
        }
    }

    /** {@link #api} read as JSON. */
    static JsonNode apiJson(String method, String path, String bearer, String json, Integer ifMatch, int expected) {
        return json(api(method, path, bearer, json, ifMatch, expected));
    }

    static String api(String method, String path, String bearer, String json, Integer ifMatch, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch.toString());
        }
        return send(HTTP, request.build(), expected);
    }

    /** Question ids of the current DASH checklist, for complete drafts. */
    static List<String> dashQuestions(String bearer) {
        List<String> ids = new ArrayList<>();
        apiJson("GET", "/api/v1/checklists/DASH_RIC", bearer, null, null, 200).path("definition").path("questions")
                .forEach(q -> ids.add(q.path("id").asText()));
        return ids;
    }

    /** A complete MARAC draft body about a victim named for this run; yes to the first {@code yes} questions. */
    static String maracDraft(List<String> questions, int yes, String lastName, String dateOfBirth) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.add("\"" + questions.get(i) + "\":\"" + (i < yes ? "YES" : "NO") + "\"");
        }
        return "{\"kind\":\"MARAC\",\"draft\":{\"victim\":{\"firstName\":\"Load\",\"lastName\":\"" + lastName
                + "\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"town\":\"Luton\",\"postcode\":\"LU1 1AA\","
                + "\"interpreterNeeded\":false},\"incidentSummary\":\"Load test referral\",\"answers\":{"
                + String.join(",", answers) + "},\"consent\":\"GIVEN\",\"perpetrators\":[],\"children\":[]}}";
    }

    private static String send(HttpClient client, HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                        + ": " + response.body().substring(0, Math.min(500, response.body().length())));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Ids of the cases a scenario reads: those listed one per line in the file named by {@code -DcaseIds} (a filled
     * database), else {@code count} new MARAC referrals submitted by the demo's police referrer for this run.
     */
    static List<String> casesToRead(int count) {
        String file = System.getProperty("caseIds");
        if (file != null) {
            try {
                return java.nio.file.Files.readAllLines(java.nio.file.Path.of(file)).stream().map(String::trim)
                        .filter(line -> !line.isEmpty()).toList();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        String referrer = bearer("referrer.police");
        List<String> questions = dashQuestions(referrer);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String id = apiJson("POST", "/api/v1/referrals", referrer,
                    maracDraft(questions, 14 + n % 5, "Load" + run + "x" + n, "1990-03-27"), null, 201).path("id").asText();
            api("POST", "/api/v1/referrals/" + id + "/submit", referrer, null, 0, 200);
            ids.add(id);
        }
        return ids;
    }
}
