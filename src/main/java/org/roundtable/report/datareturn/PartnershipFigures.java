package org.roundtable.report.datareturn;

import java.math.BigDecimal;

/**
 * The partnership's MARAC figures for a period, as the one-page summary sets them beside the national ones. Every
 * number is counted by SQL ({@link DataReturnQuery}); percentages are null where there is nothing to divide by, and
 * the rate per 10,000 adult women is null until an administrator sets the population.
 */
public record PartnershipFigures(long meetings, long cases, long repeats, long children, long referredByOtherAgencies,
        BigDecimal repeatPercent, BigDecimal referredByOtherAgenciesPercent, Share raciallyMinoritised, Share lgbtq,
        Share disabled, Share male, Share aged16To17, Integer adultFemalePopulation, BigDecimal casesPer10kWomen) {

    /** How many cases had a characteristic, out of those that recorded it, and the percentage. */
    public record Share(long count, long recorded, BigDecimal percent) {
    }
}
