package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One pluralising helper: "1 minute", never "1 minutes". */
class PluralsTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertEquals("1 minute", Plurals.counted(1, "minute"));
        assertEquals("0 minutes", Plurals.counted(0, "minute"));
        assertEquals("12 minutes", Plurals.counted(12L, "minute"));
        assertEquals("1 child", Plurals.countedAs(1, "child", "children"));
        assertEquals("3 children", Plurals.countedAs(3, "child", "children"));
        assertEquals("0 minutes", Plurals.counted(null, "minute"));
    }
}
