package org.roundtable.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posts a page form as a browser would: read the form page first to get its CSRF token and cookie. */
public final class Forms {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    public static Response post(String formPage, String action, Map<String, ?> fields) {
        Response page = given().accept("text/html").get(formPage);
        Matcher matcher = TOKEN.matcher(page.asString());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token on " + formPage + " (status " + page.statusCode() + ")");
        }
        var request = given().accept("text/html").redirects().follow(false)
                .cookie("csrf-token", page.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", matcher.group(1));
        fields.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> request.formParam(name, v));
            } else {
                request.formParam(name, value);
            }
        });
        return request.post(action);
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }
}
