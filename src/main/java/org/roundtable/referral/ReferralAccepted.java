package org.roundtable.referral;

import java.time.Instant;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/**
 * Fired (synchronously, inside the transition's transaction) each time a referral becomes accepted: at screening,
 * and again when a listed case is deferred back. Other features learn of acceptances from it instead of the referral
 * package writing their tables.
 */
public record ReferralAccepted(UUID referralId, ConferenceKind kind, Instant submittedAt, Instant acceptedAt) {
}
