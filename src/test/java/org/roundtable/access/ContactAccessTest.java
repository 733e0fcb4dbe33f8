package org.roundtable.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.AgencyType;
import org.roundtable.agency.ConferenceKind;
import org.roundtable.access.ContactRules;
import org.roundtable.access.Viewer;

/** The contact log's access rule as a matrix: every role, in the advocate service, in the other service and in a second agency. */
class ContactAccessTest {

    private static Viewer viewer(String role, AgencyType type, ConferenceKind... kinds) {
        return new Viewer("s-" + role, role, "AG", type, EnumSet.allOf(ConferenceKind.class), Set.of(role),
                kinds.length == 0 ? EnumSet.noneOf(ConferenceKind.class) : EnumSet.of(kinds[0], kinds), Set.of(), Set.of());
    }

    @Test
    void onlyTheAdvocateServiceAndTheKindsCoordinatorsAndChairsSeeAMaracContactLog() {
        Map<String, Boolean> expected = new LinkedHashMap<>();
        Map<String, Viewer> viewers = new LinkedHashMap<>();
        for (String role : org.roundtable.user.Role.ALL) {
            viewers.put(role + " of the IDVA service", viewer(role, AgencyType.IDVA_SERVICE));
            viewers.put(role + " of the ISVA service", viewer(role, AgencyType.ISVA_SERVICE));
            viewers.put(role + " of the police", viewer(role, AgencyType.POLICE));
            viewers.put(role + " of housing", viewer(role, AgencyType.HOUSING));
            viewers.put(role + " of no agency", viewer(role, null));
        }
        viewers.put("coordinator of MARAC", viewer("coordinator", AgencyType.POLICE, ConferenceKind.MARAC));
        viewers.put("chair of MARAC", viewer("chair", AgencyType.POLICE, ConferenceKind.MARAC));
        viewers.put("coordinator of SARAC only", viewer("coordinator", AgencyType.POLICE, ConferenceKind.SARAC));
        viewers.put("chair of ASBRAC only", viewer("chair", AgencyType.POLICE, ConferenceKind.ASBRAC));
        viewers.forEach((who, v) -> expected.put(who, false));
        expected.put("idva of the IDVA service", true);
        expected.put("isva of the IDVA service", true);
        expected.put("agency-spoc of the IDVA service", true);
        expected.put("coordinator of MARAC", true);
        expected.put("chair of MARAC", true);

        Map<String, Boolean> actual = new LinkedHashMap<>();
        viewers.forEach((who, v) -> actual.put(who, ContactRules.canSee(ConferenceKind.MARAC, v)));
        assertEquals(expected, actual);
    }

    @Test
    void aSaracLogIsTheIsvaServicesAndAnAsbracCaseHasNoCaseload() {
        assertEquals(true, ContactRules.canSee(ConferenceKind.SARAC, viewer("isva", AgencyType.ISVA_SERVICE)));
        assertEquals(false, ContactRules.canSee(ConferenceKind.SARAC, viewer("idva", AgencyType.IDVA_SERVICE)));
        assertEquals(true, ContactRules.canSee(ConferenceKind.SARAC, viewer("chair", AgencyType.POLICE, ConferenceKind.SARAC)));
        assertEquals(false, ContactRules.canSee(ConferenceKind.ASBRAC, viewer("idva", AgencyType.IDVA_SERVICE)));
        assertEquals(false, ContactRules.canSee(ConferenceKind.ASBRAC, viewer("agency-spoc", AgencyType.COUNCIL_ASB_TEAM)));
    }

    @Test
    void advocatesLogAndTakeCasesTheSpocAllocatesCoordinatorsAndChairsOnlyRead() {
        Viewer idva = viewer("idva", AgencyType.IDVA_SERVICE);
        Viewer spoc = viewer("agency-spoc", AgencyType.IDVA_SERVICE);
        Viewer coordinator = viewer("coordinator", AgencyType.POLICE, ConferenceKind.MARAC);
        Map<String, java.util.List<Boolean>> actual = new LinkedHashMap<>();
        for (var entry : Map.of("idva", idva, "spoc", spoc, "coordinator", coordinator).entrySet()) {
            Viewer v = entry.getValue();
            actual.put(entry.getKey(), java.util.List.of(ContactRules.canLog(ConferenceKind.MARAC, v),
                    ContactRules.canTake(ConferenceKind.MARAC, v), ContactRules.canAllocateToOthers(ConferenceKind.MARAC, v),
                    ContactRules.canCloseSupport(ConferenceKind.MARAC, v.subject(), v)));
        }
        assertEquals(Map.of("idva", java.util.List.of(true, true, false, true), "spoc", java.util.List.of(false, false, true, true),
                "coordinator", java.util.List.of(false, false, false, false)), actual);
        assertEquals(false, ContactRules.canCloseSupport(ConferenceKind.MARAC, "someone-else", idva),
                "an advocate closes only the support she gives");
    }
}
