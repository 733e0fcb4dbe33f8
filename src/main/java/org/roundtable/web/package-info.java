/**
 * What the OpenAPI document (/q/openapi) says about the API as a whole, in one place: its licence, its server, what
 * each tag groups, and the problem document that every error answer carries (ProblemResponses points the
 * error responses at it). Each operation's own name and responses stay on its resource method.
 * <p>
 * On the package because SmallRye reads {@code @OpenAPIDefinition} only from a package or a JAX-RS Application
 * subclass, and an Application subclass would change how Quarkus REST finds the resources.
 */
@OpenAPIDefinition(
        info = @Info(title = "Roundtable API", version = "v1",
                description = "Multi-agency risk assessment conferences (MARAC, ASBRAC, SARAC): agencies, checklists, call "
                        + "triage, referrals, meetings, minutes and the audit log. Bearer tokens from the roundtable Keycloak "
                        + "realm. Every error is application/problem+json (RFC 9457).",
                license = @License(name = "MIT", url = "https://opensource.org/licenses/MIT")),
        // Relative, so the document fits whichever address a partnership serves Roundtable on.
        servers = @Server(url = "/", description = "The Roundtable that served this document"),
        tags = {
                @Tag(name = "Agencies", description = "Partner agencies (admin)"),
                @Tag(name = "Conference kinds", description = "MARAC, ASBRAC and SARAC and their member agencies (admin)"),
                @Tag(name = "Users", description = "The signed-in user, and users' conference kinds (admin)"),
                @Tag(name = "Checklists", description = "Risk checklists and triage scripts: versions, publishing, scoring"),
                @Tag(name = "Settings", description = "Thresholds per conference kind and person matching settings"),
                @Tag(name = "Call triage", description = "Call handlers' scripted triage calls, and the referrals they start"),
                @Tag(name = "Referrals", description = "Referral drafts, submission, screening and the referral lifecycle"),
                @Tag(name = "People", description = "Merging duplicate person records, and undoing a merge"),
                @Tag(name = "Conferences", description = "Meetings: agenda, agencies' research, meeting mode, actions and minutes"),
                @Tag(name = "Actions", description = "Actions owned by agencies: inbox, my actions, assigning, updates, the summary"),
                @Tag(name = "Advocates", description = "IDVA and ISVA caseloads, allocation, contact logs, closing support, bank holidays"),
                @Tag(name = "Six-month reviews", description = "ASBRAC coordinators' six-month reviews of heard cases"),
                @Tag(name = "Audit", description = "The append-only audit log (auditor)"),
                @Tag(name = "Lookups", description = "Person-match lookups seen by coordinators of the cases found, and unusual lookup activity (auditor)"),
                @Tag(name = "Subject access", description = "Everything held about one person, who viewed it, whom to redact (coordinators)"),
                @Tag(name = "Retention", description = "Retention periods, cases due for deletion, confirming a deletion (coordinators)"),
                @Tag(name = "Reports", description = "Counts for coordinators, chairs, the partnership board and SafeLives, never a person: the dashboard and the cases behind its counts, the MARAC data return, outcomes, the strategic risk matrix") },
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
package org.roundtable.web;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
