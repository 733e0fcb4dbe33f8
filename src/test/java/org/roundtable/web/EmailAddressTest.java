package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one email check: what it accepts, and what it says about each kind of mistake. */
class EmailAddressTest {

    @Test
    void eachMistakeIsNamedAndGoodAddressesPass() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("name@example.com", "");
        expected.put(" marac@agency.gov.uk ", "");
        expected.put("o'brien+safe@mail.example.co.uk", "");
        expected.put("zoë@exämple.org", "");
        expected.put("", "");
        expected.put("   ", "");
        expected.put("name@localhost", "Email address must have a dot in the domain after the @, like name@example.com");
        expected.put("name@", "Email address must have a domain after the @, like name@example.com");
        expected.put("@example.com", "Email address must have a name before the @, like name@example.com");
        expected.put("name.example.com", "Email address must include an @, like name@example.com");
        expected.put("a@b@example.com", "Email address must include only one @, like name@example.com");
        expected.put("name @example.com", "Email address must not contain spaces, like name@example.com");
        expected.put("name@exa\u0000mple.com", "Email address must not contain spaces, like name@example.com");
        expected.put("name@example..com", "Email address must have a domain of letters, numbers, hyphens and single dots after the @, like name@example.com");
        expected.put("name@.example.com", "Email address must have a domain of letters, numbers, hyphens and single dots after the @, like name@example.com");
        expected.put("name@example.com.", "Email address must have a domain of letters, numbers, hyphens and single dots after the @, like name@example.com");
        expected.put("name@exa_mple.com", "Email address must have a domain of letters, numbers, hyphens and single dots after the @, like name@example.com");

        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(address -> actual.put(address, EmailAddress.Check.problem(address, "Email address").orElse("")));
        assertEquals(expected, actual);
        assertEquals("", EmailAddress.Check.problem(null, "Email address").orElse(""));
    }
}
