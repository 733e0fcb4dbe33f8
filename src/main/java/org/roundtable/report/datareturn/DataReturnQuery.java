package org.roundtable.report.datareturn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roundtable.agency.SafeLivesSource;
import org.roundtable.report.ReportPeriod;

/**
 * The return's figures, counted by SQL over {@code marac_return_case} (V22): one row per MARAC meeting held in the
 * period (held or minutes approved, its start a London day within the period), and the period's totals for the
 * summary. Nothing here counts in Java.
 */
@ApplicationScoped
class DataReturnQuery {

    /** Held meetings of MARAC whose start falls in the period; {@code c} holds their heard cases. */
    private static final String MEETINGS_IN_PERIOD = """
            from meeting m left join marac_return_case c on c.meeting_id = m.id
            where m.conference_kind_code = 'MARAC' and m.status in ('HELD', 'APPROVED')
              and m.starts_at >= :startsAt and m.starts_at < :endsBefore""";

    private static final String ROWS = """
            select (m.starts_at at time zone 'Europe/London')::date, count(c.referral_id), count(*) filter (where c.repeat),
                   coalesce(sum(c.children), 0), count(*) filter (where c.children > 0), %s,
                   %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s
            %s
            group by m.id, m.starts_at order by m.starts_at, m.id""".formatted(sourceCounts(),
            recorded("ethnicity_column", "c.ethnicity_column <> 'WHITE_BRITISH'"), recorded("lgbtq", "c.lgbtq"),
            recorded("disabled", "c.disabled"), recorded("male", "c.male"), recorded("victim_age", "c.victim_age between 16 and 17"),
            recorded("perpetrator_under_18", "c.perpetrator_under_18"), recorded("victim_age", "c.victim_age >= 65"),
            recorded("ethnicity_column", "c.ethnicity_column = 'ASIAN'"), recorded("ethnicity_column", "c.ethnicity_column = 'BLACK'"),
            recorded("ethnicity_column", "c.ethnicity_column = 'MIXED'"),
            recorded("ethnicity_column", "c.ethnicity_column = 'OTHER_WHITE'"),
            recorded("ethnicity_column", "c.ethnicity_column = 'OTHER'"), MEETINGS_IN_PERIOD);

    /**
     * The period's totals. Percentages of a characteristic are of the cases that recorded it; the rate per 10,000
     * adult women is scaled to a year (x 365 / days in the period) so that it compares with SafeLives' yearly figure.
     */
    private static final String TOTALS = """
            select count(distinct m.id), count(c.referral_id), count(*) filter (where c.repeat), coalesce(sum(c.children), 0),
                   count(*) filter (where c.source <> 'POLICE'),
                   count(c.ethnicity_column), count(*) filter (where c.ethnicity_column <> 'WHITE_BRITISH'),
                   count(c.lgbtq), count(*) filter (where c.lgbtq), count(c.disabled), count(*) filter (where c.disabled),
                   count(c.male), count(*) filter (where c.male),
                   count(c.victim_age), count(*) filter (where c.victim_age between 16 and 17),
                   (select adult_female_population from marac_return_setting where id = 1),
                   round(count(c.referral_id) * 10000.0 * 365
                         / nullif((select adult_female_population from marac_return_setting where id = 1) * cast(:days as numeric), 0), 1),
                   %s, %s, %s, %s, %s, %s, %s
            %s""".formatted(percent("count(*) filter (where c.repeat)", "count(c.referral_id)"),
            percent("count(*) filter (where c.source <> 'POLICE')", "count(c.referral_id)"),
            percent("count(*) filter (where c.ethnicity_column <> 'WHITE_BRITISH')", "count(c.ethnicity_column)"),
            percent("count(*) filter (where c.lgbtq)", "count(c.lgbtq)"), percent("count(*) filter (where c.disabled)", "count(c.disabled)"),
            percent("count(*) filter (where c.male)", "count(c.male)"),
            percent("count(*) filter (where c.victim_age between 16 and 17)", "count(c.victim_age)"), MEETINGS_IN_PERIOD);

    @Inject
    EntityManager entityManager;

    List<DataReturnRow> rows(ReportPeriod period, String maracName) {
        @SuppressWarnings("unchecked")
        List<Object[]> result = bind(entityManager.createNativeQuery(ROWS), period).getResultList();
        return result.stream().map(r -> row(r, maracName)).toList();
    }

    PartnershipFigures totals(ReportPeriod period) {
        Object[] r = (Object[]) bind(entityManager.createNativeQuery(TOTALS), period)
                .setParameter("days", ChronoUnit.DAYS.between(period.from(), period.to()) + 1).getSingleResult();
        return new PartnershipFigures(count(r[0]), count(r[1]), count(r[2]), count(r[3]), count(r[4]), decimal(r[17]), decimal(r[18]),
                new PartnershipFigures.Share(count(r[6]), count(r[5]), decimal(r[19])),
                new PartnershipFigures.Share(count(r[8]), count(r[7]), decimal(r[20])),
                new PartnershipFigures.Share(count(r[10]), count(r[9]), decimal(r[21])),
                new PartnershipFigures.Share(count(r[12]), count(r[11]), decimal(r[22])),
                new PartnershipFigures.Share(count(r[14]), count(r[13]), decimal(r[23])),
                r[15] == null ? null : ((Number) r[15]).intValue(), decimal(r[16]));
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, ReportPeriod period) {
        return query.setParameter("startsAt", period.startsAt()).setParameter("endsBefore", period.endsBefore());
    }

    private static DataReturnRow row(Object[] r, String maracName) {
        SafeLivesSource[] sources = SafeLivesSource.values();
        Map<SafeLivesSource, Long> bySource = new EnumMap<>(SafeLivesSource.class);
        for (int i = 0; i < sources.length; i++) {
            bySource.put(sources[i], count(r[5 + i]));
        }
        int c = 5 + sources.length;
        return new DataReturnRow(maracName, date(r[0]), count(r[1]), count(r[2]), count(r[3]), count(r[4]), bySource,
                orNull(r[c]), orNull(r[c + 1]), orNull(r[c + 2]), orNull(r[c + 3]), orNull(r[c + 4]), orNull(r[c + 5]),
                orNull(r[c + 6]), orNull(r[c + 7]), orNull(r[c + 8]), orNull(r[c + 9]), orNull(r[c + 10]), orNull(r[c + 11]));
    }

    private static String sourceCounts() {
        return Arrays.stream(SafeLivesSource.values()).map(s -> "count(*) filter (where c.source = '" + s.name() + "')")
                .collect(Collectors.joining(", "));
    }

    /** A count that is blank (null) when no case of the meeting recorded the characteristic at all. */
    private static String recorded(String column, String condition) {
        return "case when count(c." + column + ") > 0 then count(*) filter (where " + condition + ") end";
    }

    private static String percent(String part, String whole) {
        return "round(100.0 * " + part + " / nullif(" + whole + ", 0), 1)";
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long orNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static java.math.BigDecimal decimal(Object value) {
        return value == null ? null : new java.math.BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
