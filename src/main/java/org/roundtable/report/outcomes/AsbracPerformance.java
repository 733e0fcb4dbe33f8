package org.roundtable.report.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.report.ReportPeriod;

/**
 * The ASBRAC performance framework of the partnership plan: referrals and repeat referrals to the ASBRAC in each month
 * of a period (London days; a month cut by a custom period counts only its days inside it), and the period's total.
 */
@ApplicationScoped
public class AsbracPerformance {

    public record Month(LocalDate from, LocalDate to, long referrals, long repeats, BigDecimal repeatPercent) {

        public String label() {
            return from.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK));
        }
    }

    public record Figures(LocalDate from, LocalDate to, String period, List<Month> months, Month total) {
    }

    @Inject
    EntityManager entityManager;

    Figures of(ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select m.first_day, m.last_day, count(r.id), count(r.id) filter (where r.repeat),
                       round(100.0 * count(r.id) filter (where r.repeat) / nullif(count(r.id), 0), 1)
                from (select greatest(d::date, cast(:from as date)) as first_day,
                             least((d + interval '1 month' - interval '1 day')::date, cast(:to as date)) as last_day
                      from generate_series(date_trunc('month', cast(:from as timestamp)), cast(:to as timestamp), interval '1 month') d) m
                left join report_asbrac_referral r
                  on r.submitted_at >= (m.first_day::timestamp at time zone 'Europe/London')
                 and r.submitted_at < ((m.last_day + 1)::timestamp at time zone 'Europe/London')
                group by rollup ((m.first_day, m.last_day))
                order by m.first_day nulls last""")
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        List<Month> months = rows.stream().map(r -> new Month(SqlValues.date(r[0]), SqlValues.date(r[1]), SqlValues.count(r[2]),
                SqlValues.count(r[3]), SqlValues.percent(r[4]))).toList();
        Month total = months.get(months.size() - 1);
        return new Figures(period.from(), period.to(), period.label(), months.subList(0, months.size() - 1),
                new Month(period.from(), period.to(), total.referrals(), total.repeats(), total.repeatPercent()));
    }
}
