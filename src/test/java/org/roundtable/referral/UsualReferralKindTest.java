package org.roundtable.referral;

import org.roundtable.access.Viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.AgencyType;
import org.roundtable.agency.ConferenceKind;

/** The conference preselected on Start a referral, per role and agency type, as one table. */
class UsualReferralKindTest {

    private static Viewer viewer(AgencyType type, String... roles) {
        return new Viewer("s", "n", "A", type, EnumSet.noneOf(ConferenceKind.class), Set.of(roles),
                EnumSet.noneOf(ConferenceKind.class), Set.of(), Set.of());
    }

    @Test
    void eachRoleAndAgencyGetsTheKindItUsuallyRefersTo() {
        Map<String, Optional<ConferenceKind>> expected = new LinkedHashMap<>();
        Map<String, Viewer> viewers = new LinkedHashMap<>();
        viewers.put("ISVA", viewer(AgencyType.ISVA_SERVICE, "isva"));
        expected.put("ISVA", Optional.of(ConferenceKind.SARAC));
        viewers.put("IDVA", viewer(AgencyType.IDVA_SERVICE, "idva"));
        expected.put("IDVA", Optional.of(ConferenceKind.MARAC));
        viewers.put("police referrer", viewer(AgencyType.POLICE, "referrer"));
        expected.put("police referrer", Optional.of(ConferenceKind.MARAC));
        viewers.put("ASB team referrer", viewer(AgencyType.COUNCIL_ASB_TEAM, "referrer"));
        expected.put("ASB team referrer", Optional.of(ConferenceKind.ASBRAC));
        viewers.put("ISVA service referrer", viewer(AgencyType.ISVA_SERVICE, "referrer"));
        expected.put("ISVA service referrer", Optional.of(ConferenceKind.SARAC));
        viewers.put("housing referrer", viewer(AgencyType.HOUSING, "referrer"));
        expected.put("housing referrer", Optional.empty());
        viewers.put("call handler", viewer(AgencyType.POLICE, "call-handler"));
        expected.put("call handler", Optional.empty());
        viewers.put("IDVA and ISVA", viewer(AgencyType.IDVA_SERVICE, "idva", "isva"));
        expected.put("IDVA and ISVA", Optional.empty());
        viewers.put("ISVA who also refers for the police", viewer(AgencyType.POLICE, "isva", "referrer"));
        expected.put("ISVA who also refers for the police", Optional.empty());
        viewers.put("no agency", viewer(null, "referrer"));
        expected.put("no agency", Optional.empty());

        Map<String, Optional<ConferenceKind>> actual = new LinkedHashMap<>();
        viewers.forEach((name, viewer) -> actual.put(name, UsualReferralKind.of(viewer)));
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    }
}
