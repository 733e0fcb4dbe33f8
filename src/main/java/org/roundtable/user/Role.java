package org.roundtable.user;

/** The realm roles of the roundtable Keycloak realm, as constants for {@code @RolesAllowed}. */
public final class Role {
    public static final String CALL_HANDLER = "call-handler";
    public static final String REFERRER = "referrer";
    public static final String IDVA = "idva";
    public static final String ISVA = "isva";
    public static final String AGENCY_SPOC = "agency-spoc";
    public static final String CHAIR = "chair";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";

    public static final java.util.List<String> ALL = java.util.List.of(
            CALL_HANDLER, REFERRER, IDVA, ISVA, AGENCY_SPOC, CHAIR, COORDINATOR, ADMIN, AUDITOR);

    private static final java.util.Map<String, String> LABELS = java.util.Map.of(
            CALL_HANDLER, "Police call handler",
            REFERRER, "Referrer",
            IDVA, "IDVA",
            ISVA, "ISVA",
            AGENCY_SPOC, "Agency single point of contact",
            CHAIR, "Conference chair",
            COORDINATOR, "Coordinator",
            ADMIN, "Administrator",
            AUDITOR, "Auditor");

    /** The role as people say it. */
    public static String label(String role) {
        return LABELS.getOrDefault(role, role);
    }

    private Role() {
    }
}
