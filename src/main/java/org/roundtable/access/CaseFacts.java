package org.roundtable.access;

import java.util.UUID;
import org.roundtable.agency.ConferenceKind;

/**
 * What the case rules read of a referral, and nothing else: its kind, how far it has gone (a draft; shared with the
 * conference's members once listed), the referring agency and the author.
 */
public record CaseFacts(UUID id, ConferenceKind kind, Stage stage, String referringAgencyCode, String authorSubject) {

    /** The stages the rules tell apart. */
    public enum Stage {
        /** Being written: its author and the author's agency only. */
        DRAFT,
        /** Submitted, returned, accepted, screened out or withdrawn: the referring agency, coordinators, the advocate service. */
        BEFORE_LISTING,
        /** Listed, heard, under review or closed: also the member agencies and chairs of the kind, and invited guests. */
        SHARED_WITH_MEMBERS
    }

    boolean referredBy(Viewer viewer) {
        return referringAgencyCode.equalsIgnoreCase(String.valueOf(viewer.agencyCode()));
    }
}
