package org.roundtable.referral;

import org.roundtable.access.CaseRules;
import org.roundtable.access.Viewer;
import java.util.List;
import org.roundtable.checklist.AssessmentView;
import org.roundtable.referral.ReferralView.Criteria;
import org.roundtable.referral.ReferralView.HistoryEntry;
import org.roundtable.referral.ReferralView.LinkedPerson;

/** Assembles what one reader may see of a referral. */
final class ReferralViews {

    private ReferralViews() {
    }

    static ReferralView of(Referral r, Viewer viewer, ReferralService source) {
        boolean contact = CaseRules.canSeeContactDetails(r.facts(), viewer);
        boolean childrenVisible = CaseRules.canSeeChildren(r.facts(), viewer);
        List<ReferralPerson> links = r.state == ReferralState.DRAFT ? List.of() : source.links(r.id);
        List<LinkedPerson> perpetrators = links.stream().filter(l -> l.role.equals(ReferralPerson.PERPETRATOR))
                .map(l -> new LinkedPerson(source.person(l.personId, contact), l.relationship)).toList();
        List<ReferralPerson> childLinks = links.stream().filter(l -> l.role.equals(ReferralPerson.CHILD)).toList();
        List<LinkedPerson> children = childrenVisible
                ? childLinks.stream().map(l -> new LinkedPerson(source.person(l.personId, contact), l.relationship)).toList()
                : List.of();
        AssessmentView assessment = r.assessmentId == null ? null : source.assessment(r.assessmentId);
        Criteria criteria = assessment == null ? null : new Criteria(SubmitCheck.visibleHighRisk(assessment.score()),
                r.professionalJudgement, r.professionalJudgementReasons,
                r.policeIncidents12Months != null && r.policeIncidents12Months >= source.escalationThreshold(r.kind),
                r.policeIncidents12Months);
        boolean editor = CaseRules.isReferringAgency(r.facts(), viewer);
        return new ReferralView(r.id, r.reference, r.kind, r.state, r.state.label(), r.version, r.referringAgencyCode, r.authorName,
                r.officerName, r.createdAt, r.submittedAt,
                r.victimPersonId == null ? null : source.person(r.victimPersonId, contact),
                perpetrators, children, r.state == ReferralState.DRAFT ? r.draft.children().size() : childLinks.size(),
                !childrenVisible, r.state == ReferralState.DRAFT ? r.draft.incidentDate() : r.incidentOn, r.incidentSummary, r.checklistCode,
                assessment == null ? null : assessment.checklistVersion(), assessment == null ? null : assessment.score(),
                r.answers, r.answerNotes, criteria, r.consent, r.consentReason, r.screenOutReason, r.signposting,
                r.returnQuestion, r.returnAnswer,
                source.history(r.id).stream().map(t -> new HistoryEntry(t.fromState, t.toState, t.occurredAt, t.actorName,
                        t.actorAgency, t.reason)).toList(),
                ReferralWorkflow.allowedNext(r, viewer), editor ? r.draft : null,
                repeat(r, source), r.repeatOverride == null ? null : new ReferralView.RepeatOverride(r.repeatOverride,
                        r.repeatOverrideReason, r.repeatOverrideBy, r.repeatOverrideAt, r.repeatOfReferralId != null),
                viewer.coordinates(r.kind) || viewer.chairs(r.kind)
                        ? source.flags(r, links) : CaseFlags.Flags.NONE,
                r.state == ReferralState.DRAFT ? r.draft.victimEquality()
                        : new ReferralDraft.Equality(r.victimEthnicity, r.victimDisability, r.victimLgbtq));
    }

    private static ReferralView.Repeat repeat(Referral r, ReferralService source) {
        if (!r.isRepeat()) {
            return null;
        }
        return r.repeatOfReferralId == null ? new ReferralView.Repeat(null, null, null, null)
                : new ReferralView.Repeat(r.repeatOfReferralId, source.referenceOf(r.repeatOfReferralId), r.repeatAnchor, r.repeatAnchoredOn);
    }
}
