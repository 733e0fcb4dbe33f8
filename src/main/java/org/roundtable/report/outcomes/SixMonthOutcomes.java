package org.roundtable.report.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.report.ReportPeriod;

/**
 * The ASBRAC six-month review counted by the calendar quarter in which each case was first heard (read from the
 * review feature's schedule): cases heard, reviews due by today, reviews recorded, and of those recorded, how many
 * had further incidents and how many were closed with the risk reduced.
 */
@ApplicationScoped
public class SixMonthOutcomes {

    public record Quarter(LocalDate from, LocalDate to, long heard, long due, long recorded, long outstanding, long furtherIncidents,
            BigDecimal furtherIncidentsPercent, long closedWithRiskReduced, BigDecimal closedWithRiskReducedPercent) {

        /** The calendar quarter the row counts, as boards name it: "Q1 2027". */
        public String label() {
            return "Q" + ((from.getMonthValue() - 1) / 3 + 1) + " " + from.getYear();
        }
    }

    public record Figures(LocalDate from, LocalDate to, String period, LocalDate today, List<Quarter> quarters, Quarter total) {
    }

    @Inject
    EntityManager entityManager;

    Figures of(ReportPeriod period, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select q.first_day, q.last_day, count(s.referral_id), count(s.referral_id) filter (where s.due_on <= cast(:today as date)),
                       count(s.further_incidents),
                       count(s.referral_id) filter (where s.due_on <= cast(:today as date)) - count(s.further_incidents),
                       count(s.referral_id) filter (where s.further_incidents),
                       round(100.0 * count(s.referral_id) filter (where s.further_incidents) / nullif(count(s.further_incidents), 0), 1),
                       count(s.referral_id) filter (where s.closed_risk_reduced),
                       round(100.0 * count(s.referral_id) filter (where s.closed_risk_reduced) / nullif(count(s.further_incidents), 0), 1)
                from (select greatest(d::date, cast(:from as date)) as first_day,
                             least((d + interval '3 months' - interval '1 day')::date, cast(:to as date)) as last_day
                      from generate_series(date_trunc('quarter', cast(:from as timestamp)), cast(:to as timestamp), interval '3 months') d) q
                left join six_month_review_schedule s on s.heard_on between q.first_day and q.last_day
                group by rollup ((q.first_day, q.last_day))
                order by q.first_day nulls last""")
                .setParameter("from", period.from()).setParameter("to", period.to()).setParameter("today", today).getResultList();
        List<Quarter> quarters = rows.stream().map(r -> new Quarter(SqlValues.date(r[0]), SqlValues.date(r[1]), SqlValues.count(r[2]),
                SqlValues.count(r[3]), SqlValues.count(r[4]), SqlValues.count(r[5]), SqlValues.count(r[6]), SqlValues.percent(r[7]),
                SqlValues.count(r[8]), SqlValues.percent(r[9]))).toList();
        Quarter t = quarters.get(quarters.size() - 1);
        return new Figures(period.from(), period.to(), period.label(), today, quarters.subList(0, quarters.size() - 1),
                new Quarter(period.from(), period.to(), t.heard(), t.due(), t.recorded(), t.outstanding(), t.furtherIncidents(),
                        t.furtherIncidentsPercent(), t.closedWithRiskReduced(), t.closedWithRiskReducedPercent()));
    }
}
