package org.roundtable.contact;

import java.util.List;
import java.util.UUID;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.checklist.Band;
import org.roundtable.person.PersonView;

/** A case's contact log as its page and the API show it: the victim's safe contact details first, then the entries. */
public record ContactLogView(UUID referralId, String reference, ConferenceKind kind, PersonView victim, Band band,
        CaseloadEntryView caseload, List<ContactEntryView> entries, ContactFigures.Figures figures, boolean canLog, boolean canTake,
        boolean canAllocate, boolean canCloseSupport) {

    /** Null when the referrer did not say; false shows the warning "Do not leave a message: not safe". */
    public Boolean safeToLeaveMessage() {
        return victim == null ? null : victim.safeToLeaveMessage();
    }

    public boolean messageNotSafe() {
        return Boolean.FALSE.equals(safeToLeaveMessage());
    }

    public String safeToLeaveMessageLabel() {
        return victim == null ? "Not known" : victim.safeToLeaveMessageLabel();
    }

    public String bandLabel() {
        return band == null ? "Not scored" : band.label();
    }
}
