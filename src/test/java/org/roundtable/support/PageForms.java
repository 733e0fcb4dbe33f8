package org.roundtable.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.MethodParameterInfo;

/**
 * The page forms of the application, read from its JAX-RS model (every {@code @POST} outside /api), and malformed
 * variants of what a browser would post to them, sent with a valid CSRF token.
 */
public final class PageForms {

    public record Variant(String description, String contentType, Map<String, String> fields) {
    }

    /** A page's CSRF token and cookie, as a browser holds them after opening a form. */
    public record Token(String value, String cookie) {

        public Response post(String path, String contentType, Map<String, String> fields) {
            RequestSpecification request = given().accept("text/html").redirects().follow(false).cookie("csrf-token", cookie);
            if (contentType.startsWith("multipart/")) {
                request.multiPart("csrf-token", value);
                fields.forEach(request::multiPart);
            } else if (contentType.equals("application/x-www-form-urlencoded")) {
                request.contentType(contentType).formParam("csrf-token", value);
                fields.forEach(request::formParam);
            } else {
                StringBuilder body = new StringBuilder("csrf-token=" + value);
                fields.forEach((name, field) -> body.append('&').append(name).append('=').append(field));
                request.contentType(contentType).body(body.toString());
            }
            return request.post(path);
        }
    }

    /** Names that the pages' forms use, for handlers that read the whole form rather than named parameters. */
    private static final List<String> COMMON_FIELDS = List.of("version", "name", "shortCode", "type", "active", "contactEmail", "reason",
            "signposting", "question", "answer", "summary", "involvement", "risks", "childrenDetails", "known", "notes", "notesVersion",
            "owner", "description", "dueOn-day", "dueOn-month", "dueOn-year", "status", "category", "note", "decision",
            "nextReviewOn-day", "nextReviewOn-month", "nextReviewOn-year", "minutesSpent", "agency", "referralId", "referralIds",
            "direction", "date-day", "date-month", "date-year", "time", "venue", "videoLink", "chairSubject", "rhythm", "repeats", "text",
            "firstName", "lastName", "dob-day", "dob-month", "dob-year", "phone", "escalationIncidents", "escalationMonths",
            "repeatWindowMonths", "communityTriggerComplaints", "communityTriggerMonths", "agendaCap", "survivorId", "mergedId", "to",
            "kind", "conferenceKinds", "agencyIds", "attendee", "incidentSummary", "consent", "officerName",
            "occurredAt-day", "occurredAt-month", "occurredAt-year", "occurredAtTime", "method", "outcome", "safetyPlanning", "services",
            "victimRiskView", "victimRiskWords", "physicalAbuse", "sexualAbuse", "harassmentAndStalking", "jealousAndControlling",
            "feelsSafer", "advocateSubject", "day-day", "day-month", "day-year");

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName POST = DotName.createSimple("jakarta.ws.rs.POST");
    private static final DotName REST_FORM = DotName.createSimple("org.jboss.resteasy.reactive.RestForm");
    private static final DotName FORM_PARAM = DotName.createSimple("jakarta.ws.rs.FormParam");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private PageForms() {
    }

    public static Token token(String formPage) {
        Response page = given().accept("text/html").get(formPage);
        Matcher matcher = TOKEN.matcher(page.asString());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token on " + formPage + " (status " + page.statusCode() + ")");
        }
        return new Token(matcher.group(1), page.cookie("csrf-token"));
    }

    /** "POST /path" of every page form, with the field names it reads. */
    public static TreeMap<String, List<String>> endpoints() throws IOException {
        TreeMap<String, List<String>> forms = new TreeMap<>();
        for (ClassInfo resource : ApplicationClasses.index().getKnownClasses()) {
            AnnotationInstance classPath = resource.declaredAnnotation(PATH);
            if (classPath == null || classPath.value().asString().startsWith("/api")) {
                continue;
            }
            for (MethodInfo method : resource.methods()) {
                if (!method.hasDeclaredAnnotation(POST)) {
                    continue;
                }
                AnnotationInstance methodPath = method.declaredAnnotation(PATH);
                String path = join(classPath.value().asString(), methodPath == null ? "" : methodPath.value().asString());
                TreeSet<String> fields = new TreeSet<>();
                for (MethodParameterInfo parameter : method.parameters()) {
                    AnnotationInstance named = parameter.declaredAnnotation(REST_FORM) != null ? parameter.declaredAnnotation(REST_FORM)
                            : parameter.declaredAnnotation(FORM_PARAM);
                    if (named != null) {
                        fields.add(named.value() == null || named.value().asString().isEmpty() ? parameter.name() : named.value().asString());
                    } else if (parameter.type().name().toString().endsWith("MultivaluedMap")) {
                        fields.addAll(COMMON_FIELDS);
                    }
                }
                forms.put("POST " + path, List.copyOf(fields));
            }
        }
        return forms;
    }

    public static List<Variant> variants(List<String> fields) {
        String form = "application/x-www-form-urlencoded";
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("no fields", form, Map.of()));
        variants.add(new Variant("NUL in every field", form, each(fields, name -> "a\u0000b")));
        variants.add(new Variant("a control character in every field", form, each(fields, name -> "bell\u0007")));
        variants.add(new Variant("every field 10 times the longest name", form, each(fields, name -> "x".repeat(2_550))));
        variants.add(new Variant("a field longer than a form field may be", form, each(fields.subList(0, Math.min(1, fields.size())),
                name -> "x".repeat(300_000))));
        variants.add(new Variant("numbers past Integer.MAX_VALUE", form, each(fields, name -> "99999999999999999999")));
        variants.add(new Variant("numbers that are not numbers", form, each(fields, name -> "abc")));
        variants.add(new Variant("an impossible date", form, each(fields, name -> name.endsWith("-day") ? "31"
                : name.endsWith("-month") ? "2" : name.endsWith("-year") ? "2026" : "2026-02-30")));
        variants.add(new Variant("a date 10000 years on", form, each(fields, name -> name.endsWith("-year") ? "12026" : "1")));
        variants.add(new Variant("unknown choices", form, each(fields, name -> "NOT_A_CHOICE")));
        Map<String, String> unknown = new LinkedHashMap<>(each(fields, name -> ""));
        unknown.put("zzUnknownField", "1");
        variants.add(new Variant("an unknown field", form, unknown));
        variants.add(new Variant("plain text instead of a form", "text/plain", each(fields, name -> "1")));
        variants.add(new Variant("multipart with NUL", "multipart/form-data", each(fields, name -> "a\u0000b")));
        return variants;
    }

    private static Map<String, String> each(List<String> fields, Function<String, String> value) {
        Map<String, String> filled = new LinkedHashMap<>();
        fields.forEach(name -> filled.put(name, value.apply(name)));
        return filled;
    }

    private static String join(String base, String path) {
        String joined = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + (path.isEmpty() ? "" : (path.startsWith("/") ? path : "/" + path));
        return joined.isEmpty() ? "/" : joined;
    }
}
