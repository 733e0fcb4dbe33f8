package org.roundtable.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.checklist.RepeatAnchor;
import org.roundtable.checklist.Score;
import org.roundtable.person.PersonView;

/** A referral as one reader may see it; parts the reader may not see are null or withheld. */
public record ReferralView(UUID id, String reference, ConferenceKind kind, ReferralState state, String stateLabel, long version,
        String referringAgency, String authorName, String officerName, Instant createdAt, Instant submittedAt,
        PersonView victim, List<LinkedPerson> perpetrators, List<LinkedPerson> children, int childrenCount,
        boolean childrenWithheld, java.time.LocalDate incidentDate, String incidentSummary, String checklistCode, Integer checklistVersion, Score score,
        Map<String, String> answers, Map<String, String> answerNotes, Criteria criteria, String consent, String consentReason,
        String screenOutReason, String signposting, String returnQuestion, String returnAnswer,
        List<HistoryEntry> history, List<ReferralState> allowedNext, ReferralDraft draft, Repeat repeat, RepeatOverride repeatOverride,
        CaseFlags.Flags flags, ReferralDraft.Equality victimEquality) {

    /** The same view with the reference number a submit takes last, after the view was built. */
    ReferralView withReference(String newReference) {
        return new ReferralView(id, newReference, kind, state, stateLabel, version, referringAgency, authorName, officerName, createdAt,
                submittedAt, victim, perpetrators, children, childrenCount, childrenWithheld, incidentDate, incidentSummary,
                checklistCode, checklistVersion, score, answers, answerNotes, criteria, consent, consentReason,
                screenOutReason, signposting, returnQuestion, returnAnswer, history, allowedNext, draft, repeat,
                repeatOverride, flags, victimEquality);
    }

    /**
     * Present when the referral is a repeat: the earlier referral of the same kind that made it one, and the day the
     * window counted from (its submission or its last hearing). All null when only a coordinator's answer makes it one.
     */
    public record Repeat(UUID earlierReferralId, String earlierReference, RepeatAnchor anchor, java.time.LocalDate anchoredOn) {
    }

    /** A coordinator's answer, which stands over the rule's until cleared; ruleSaysRepeat is what the rule says meanwhile. */
    public record RepeatOverride(boolean repeat, String reason, String by, Instant at, boolean ruleSaysRepeat) {
    }

    public record LinkedPerson(PersonView person, String relationship) {
    }

    public record Criteria(boolean visibleHighRisk, boolean professionalJudgement, String professionalJudgementReasons,
            boolean potentialEscalation, Integer policeIncidents12Months) {
    }

    public record HistoryEntry(ReferralState from, ReferralState to, Instant at, String actorName, String actorAgency, String reason) {
    }
}
