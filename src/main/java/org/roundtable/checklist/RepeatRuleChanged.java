package org.roundtable.checklist;

import org.roundtable.agency.ConferenceKind;

/**
 * Fired (synchronously, inside the settings change's transaction) when an administrator changes how a conference kind
 * counts repeats, so that the referral package works its flags out again without the settings writing its tables.
 */
public record RepeatRuleChanged(ConferenceKind kind, String before, String after) {
}
