package org.roundtable.report;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.audit.AuditService;
import org.roundtable.access.ReportRules;
import org.roundtable.access.Viewers;

/**
 * Who sees reports: coordinators and chairs of the conference kind, administrators and auditors (every report
 * endpoint names these four roles in {@code @RolesAllowed}; this class narrows coordinators and chairs to their kinds). Reports are
 * counts, never a person; a drill-down list of cases goes through the referral access rules, not this class.
 * Every report read and every download is written to the audit log with its parameters.
 */
@ApplicationScoped
public class ReportAccess {

    static final String ENTITY = "report";

    @Inject
    Viewers viewers;

    @Inject
    AuditService audit;

    public boolean mayRead(ConferenceKind kind) {
        return ReportRules.canRead(kind, viewers.current());
    }

    /** Refuses (403, audited) a reader who holds none of the reader roles for this kind. */
    public void requireReader(ConferenceKind kind, String report) {
        if (!mayRead(kind)) {
            audit.recordRefusal("report.denied", ENTITY, report, "kind=" + kind.name());
            throw new ForbiddenException("The " + kind.label() + " reports are for its coordinators and chairs, administrators and auditors");
        }
    }

    /** A report looked at on screen or through the API. */
    public void viewed(String report, String parameters) {
        audit.record("report.view", ENTITY, report, parameters);
    }

    /** A list of cases behind a figure: one event naming every case listed on the page shown. */
    public void viewedCases(String report, String parameters, java.util.Collection<java.util.UUID> referralIds) {
        audit.record("report.view", ENTITY, report, parameters, org.roundtable.audit.AuditSubject.all("referral", referralIds));
    }

    /** A file taken away: the report, its format and every parameter that chose the rows. */
    public void downloaded(String report, String format, String parameters) {
        audit.record("report.download", ENTITY, report, "format=" + format + "; " + parameters);
    }
}
