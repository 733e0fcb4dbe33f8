package org.roundtable.report.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.roundtable.report.ReportPeriod;

/**
 * An advocate service's year, per advocate and for the whole service: cases allocated to the advocate who holds them
 * now (in the year of that allocation), support closed in the year, and the closure outcomes of SafeLives Insights as
 * percentages of the closed cases with that outcome recorded: each kind of abuse stopped or reduced, and the victim
 * feeling safer (yes; "partly" is not counted as safer).
 */
@ApplicationScoped
public class AdvocateOutcomes {

    /** Of the closed cases with this outcome recorded, how many came out well, and the percentage. */
    public record Outcome(long recorded, long better, BigDecimal percent) {
    }

    public record Row(String advocateSubject, String advocateName, long allocated, long closed, Outcome physicalAbuse, Outcome sexualAbuse,
            Outcome harassmentAndStalking, Outcome jealousAndControlling, Outcome feelsSafer) {
    }

    public record Figures(AdvocateService service, String serviceName, LocalDate from, LocalDate to, String period,
            Integer plannedCasesAYear, List<Row> advocates, Row total) {
    }

    static final String UNALLOCATED = "Not allocated to an advocate";
    static final String ALL = "All advocates";
    private static final Outcome NONE = new Outcome(0, 0, null);

    private static final List<String> OUTCOMES = List.of(
            better("outcome_physical", "in ('STOPPED', 'REDUCED')"), better("outcome_sexual", "in ('STOPPED', 'REDUCED')"),
            better("outcome_harassment", "in ('STOPPED', 'REDUCED')"), better("outcome_controlling", "in ('STOPPED', 'REDUCED')"),
            better("feels_safer", "= 'YES'"));

    private static final String QUERY = """
            select grouping(advocate_subject), advocate_subject, max(advocate_name),
                   count(*) filter (where allocated_in), count(*) filter (where closed_in), %s
            from (select c.*, c.allocated_at >= :starts and c.allocated_at < :ends as allocated_in,
                         c.closed_at >= :starts and c.closed_at < :ends as closed_in
                  from report_advocate_case c
                  where c.conference_kind_code = :kind
                    and (c.allocated_at >= :starts and c.allocated_at < :ends or c.closed_at >= :starts and c.closed_at < :ends)) x
            group by grouping sets ((advocate_subject), ())
            order by grouping(advocate_subject), advocate_subject is null, max(advocate_name), advocate_subject"""
            .formatted(String.join(",\n       ", OUTCOMES));

    @Inject
    EntityManager entityManager;

    /** Recorded, better and the percentage of one outcome column among the cases closed in the period. */
    private static String better(String column, String condition) {
        return Stream.of("count(%1$s) filter (where closed_in)", "count(*) filter (where closed_in and %1$s %2$s)",
                "round(100.0 * count(*) filter (where closed_in and %1$s %2$s) / nullif(count(%1$s) filter (where closed_in), 0), 1)")
                .map(expression -> expression.formatted(column, condition)).collect(Collectors.joining(", "));
    }

    Figures of(AdvocateService service, ReportPeriod year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(QUERY).setParameter("kind", service.kind().name())
                .setParameter("starts", year.startsAt()).setParameter("ends", year.endsBefore()).getResultList();
        List<Row> all = rows.stream().map(AdvocateOutcomes::row).toList();
        Row total = rows.isEmpty() ? null : all.get(all.size() - 1);
        List<Row> advocates = rows.isEmpty() ? List.of() : all.subList(0, all.size() - 1);
        return new Figures(service, service.label(), year.from(), year.to(), year.label(), service.plannedCasesAYear(), advocates,
                total == null ? new Row(null, ALL, 0, 0, NONE, NONE, NONE, NONE, NONE) : total);
    }

    private static Row row(Object[] r) {
        boolean isTotal = ((Number) r[0]).intValue() == 1;
        String name = isTotal ? ALL : r[1] == null ? UNALLOCATED : (String) r[2];
        return new Row(isTotal ? null : (String) r[1], name, SqlValues.count(r[3]), SqlValues.count(r[4]), outcome(r, 5), outcome(r, 8),
                outcome(r, 11), outcome(r, 14), outcome(r, 17));
    }

    private static Outcome outcome(Object[] r, int at) {
        return new Outcome(SqlValues.count(r[at]), SqlValues.count(r[at + 1]), SqlValues.percent(r[at + 2]));
    }
}
