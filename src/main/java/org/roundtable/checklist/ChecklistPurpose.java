package org.roundtable.checklist;

/** What a checklist is for: scoring a conference kind's referrals, or triaging a police call. */
public enum ChecklistPurpose {
    REFERRAL, TRIAGE
}
