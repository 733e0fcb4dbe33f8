package org.roundtable.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.SafeLivesSource;

/** Every demo agency has its source in the MARAC data return, so the demo's return has no unset agency. */
class DemoAgencySourcesTest {

    @Test
    void eachDemoAgencyCarriesItsSafeLivesSource() {
        Map<String, SafeLivesSource> sources = DemoData.AGENCIES.stream()
                .collect(Collectors.toMap(DemoData.DemoAgency::code, DemoData.DemoAgency::source));
        assertTrue(sources.values().stream().allMatch(java.util.Objects::nonNull), sources.toString());
        assertEquals(SafeLivesSource.POLICE, sources.get("POLICE"));
        assertEquals(SafeLivesSource.IDVA, sources.get("IDVA"));
        assertEquals(SafeLivesSource.CHILDRENS_SOCIAL_CARE, sources.get("CSC"));
        assertEquals(SafeLivesSource.SECONDARY_CARE, sources.get("HEALTH"), "the demo's health agency is a hospital trust");
        assertEquals(SafeLivesSource.SUBSTANCE_MISUSE, sources.get("DRUGALC"));
    }
}
