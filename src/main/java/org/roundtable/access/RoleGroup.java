package org.roundtable.access;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.roundtable.user.Role;

/**
 * The groups of roles that endpoints allow, each named once. An endpoint names a group through {@link Allowed}, whose
 * constants are configuration expressions: {@link RoleGroupConfigSource} publishes each group's roles under its
 * property, and Quarkus expands {@code @RolesAllowed("${roundtable.role-group.case-roles}")} to those roles at start.
 * A rule in this package that needs a group reads {@link #includesAnyOf}.
 */
public enum RoleGroup {
    /** Everyone who works on cases for an agency or a conference: never administrators or auditors. */
    CASE_ROLES(Role.CALL_HANDLER, Role.REFERRER, Role.IDVA, Role.ISVA, Role.AGENCY_SPOC, Role.CHAIR, Role.COORDINATOR),
    /** People who make referrals for their agency. */
    REFERRERS(Role.REFERRER, Role.IDVA, Role.ISVA, Role.CALL_HANDLER),
    /** Referrers and coordinators: scoring a checklist, looking up earlier people. */
    REFERRERS_AND_COORDINATORS(Role.REFERRER, Role.IDVA, Role.ISVA, Role.CALL_HANDLER, Role.COORDINATOR),
    /** Who moves a referral on: its referrers, the chair and the coordinators (each narrowed by the lifecycle). */
    REFERRAL_TRANSITIONERS(Role.REFERRER, Role.IDVA, Role.ISVA, Role.CALL_HANDLER, Role.CHAIR, Role.COORDINATOR),
    /** The chair and the coordinators, who run a conference's meetings. */
    CONFERENCE_RUNNERS(Role.CHAIR, Role.COORDINATOR),
    /** Agency staff who take part in meetings: sharing research, reading extracts (narrowed by MeetingRules). */
    MEETING_PARTICIPANTS(Role.REFERRER, Role.IDVA, Role.ISVA, Role.AGENCY_SPOC, Role.CHAIR, Role.COORDINATOR),
    /** Agency staff who read their own agency's extract of the minutes. */
    AGENCY_PRACTITIONERS(Role.REFERRER, Role.IDVA, Role.ISVA, Role.AGENCY_SPOC),
    /** The advocates (IDVAs and ISVAs). */
    ADVOCATES(Role.IDVA, Role.ISVA),
    /** An advocate service: its advocates and its single point of contact. */
    ADVOCATE_SERVICE(Role.IDVA, Role.ISVA, Role.AGENCY_SPOC),
    /** Who assigns actions: an agency's single point of contact (its own) and coordinators (any of their kinds). */
    ACTION_ASSIGNERS(Role.AGENCY_SPOC, Role.COORDINATOR),
    /** Reports are counts, never a person: coordinators and chairs of the kind, administrators and auditors. */
    REPORT_READERS(Role.COORDINATOR, Role.CHAIR, Role.ADMIN, Role.AUDITOR),
    /** Settings that coordinators read and administrators change. */
    COORDINATORS_AND_ADMINS(Role.COORDINATOR, Role.ADMIN),
    /** Retention periods: coordinators, administrators and auditors read them. */
    RETENTION_READERS(Role.COORDINATOR, Role.ADMIN, Role.AUDITOR),
    /** The published checklists: every role but the auditor. */
    CHECKLIST_READERS(Role.CALL_HANDLER, Role.REFERRER, Role.IDVA, Role.ISVA, Role.AGENCY_SPOC, Role.CHAIR, Role.COORDINATOR, Role.ADMIN),
    /** Bank holidays, for the due dates of actions and reviews. */
    BANK_HOLIDAY_READERS(Role.ADMIN, Role.IDVA, Role.ISVA, Role.AGENCY_SPOC, Role.CHAIR, Role.COORDINATOR);

    private final Set<String> roles;

    RoleGroup(String... roles) {
        this.roles = new LinkedHashSet<>(Arrays.asList(roles));
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public boolean includesAnyOf(Set<String> held) {
        return held.stream().anyMatch(roles::contains);
    }

    /** The property that {@link RoleGroupConfigSource} publishes: {@code roundtable.role-group.case-roles}. */
    public String property() {
        return "roundtable.role-group." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The group's roles as Quarkus reads a list property. */
    String value() {
        return String.join(",", roles);
    }

    /**
     * The groups for {@code @RolesAllowed}, which takes only constant strings: one expression per group, spelled
     * like the group's {@link #property()} (RoleGroupTest checks that each constant names its group).
     */
    public static final class Allowed {
        public static final String CASE_ROLES = "${roundtable.role-group.case-roles}";
        public static final String REFERRERS = "${roundtable.role-group.referrers}";
        public static final String REFERRERS_AND_COORDINATORS = "${roundtable.role-group.referrers-and-coordinators}";
        public static final String REFERRAL_TRANSITIONERS = "${roundtable.role-group.referral-transitioners}";
        public static final String CONFERENCE_RUNNERS = "${roundtable.role-group.conference-runners}";
        public static final String MEETING_PARTICIPANTS = "${roundtable.role-group.meeting-participants}";
        public static final String AGENCY_PRACTITIONERS = "${roundtable.role-group.agency-practitioners}";
        public static final String ADVOCATES = "${roundtable.role-group.advocates}";
        public static final String ADVOCATE_SERVICE = "${roundtable.role-group.advocate-service}";
        public static final String ACTION_ASSIGNERS = "${roundtable.role-group.action-assigners}";
        public static final String REPORT_READERS = "${roundtable.role-group.report-readers}";
        public static final String COORDINATORS_AND_ADMINS = "${roundtable.role-group.coordinators-and-admins}";
        public static final String RETENTION_READERS = "${roundtable.role-group.retention-readers}";
        public static final String CHECKLIST_READERS = "${roundtable.role-group.checklist-readers}";
        public static final String BANK_HOLIDAY_READERS = "${roundtable.role-group.bank-holiday-readers}";

        private Allowed() {
        }
    }
}
