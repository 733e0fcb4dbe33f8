package org.roundtable.user;

import java.util.List;

/** What the identity provider told us about a person at sign-in. */
public record SignIn(String subject, String username, String displayName, String email, String agencyCode, List<String> roles) {
}
