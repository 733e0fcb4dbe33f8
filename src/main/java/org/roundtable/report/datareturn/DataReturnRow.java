package org.roundtable.report.datareturn;

import java.time.LocalDate;
import java.util.Map;
import org.roundtable.agency.SafeLivesSource;

/**
 * One MARAC meeting held in the period, as SafeLives' return has it. Every figure after the date is a count of the
 * cases heard at the meeting; a characteristic is null (a blank cell) when no case of the meeting recorded it, and 0
 * when cases recorded it and none had it.
 */
public record DataReturnRow(String maracName, LocalDate meetingDate, long casesDiscussed, long repeatCases,
        long childrenInHouseholds, long casesWithChildren, Map<SafeLivesSource, Long> casesBySource,
        Long raciallyMinoritised, Long lgbtq, Long disabled, Long male, Long aged16To17, Long perpetratorUnder18,
        Long aged65OrOver, Long asian, Long black, Long mixed, Long otherWhite, Long otherEthnicGroup) {
}
