package org.roundtable.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads a counter from /q/metrics on the management port, as Prometheus would scrape it. */
public final class Prometheus {

    private Prometheus() {
    }

    /** The page Prometheus scrapes. */
    public static String scrape() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
        return given().baseUri("http://localhost").port(port).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A series' value, e.g. {@code value("roundtable_referrals_submitted_total", "kind=\"marac\"")}; 0 when absent. */
    public static double value(String name, String labels) {
        return value(scrape(), name, labels);
    }

    public static double value(String page, String name, String labels) {
        String series = labels == null || labels.isEmpty() ? Pattern.quote(name) + "(\\{[^}]*\\})?"
                : Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(labels) + "[^}]*\\}";
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(page);
        return m.find() ? Double.parseDouble(m.group(m.groupCount())) : 0;
    }
}
