package org.roundtable.report.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.report.ReportPeriod;
import org.roundtable.trigger.CommunityTriggerRules;
import org.roundtable.trigger.TriggerRule;
import org.roundtable.trigger.TriggerRulesView;

/**
 * ASBRAC cases submitted in a period that met a Community Trigger rule at their submission, by rule, read from the
 * trigger feature's view. A case meeting two rules counts under each, and once in the total.
 */
@ApplicationScoped
public class CommunityTriggerReport {

    public record RuleCount(TriggerRule rule, String label, boolean on, String threshold, long cases) {
    }

    public record Figures(LocalDate from, LocalDate to, String period, long asbracReferrals, List<RuleCount> rules, long casesMeetingAnyRule) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CommunityTriggerRules triggerRules;

    Figures of(ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select rule, count(distinct referral_id) from community_trigger_met
                where submitted_at >= :starts and submitted_at < :ends
                group by rollup (rule)""")
                .setParameter("starts", period.startsAt()).setParameter("ends", period.endsBefore()).getResultList();
        Map<String, Long> byRule = new HashMap<>();
        rows.forEach(r -> byRule.put(r[0] == null ? "" : (String) r[0], SqlValues.count(r[1])));
        long referrals = SqlValues.count(entityManager.createNativeQuery(
                "select count(*) from report_asbrac_referral where submitted_at >= :starts and submitted_at < :ends")
                .setParameter("starts", period.startsAt()).setParameter("ends", period.endsBefore()).getSingleResult());
        TriggerRulesView rules = triggerRules.get();
        List<RuleCount> counts = rules.rules().stream().map(r -> new RuleCount(r.rule(), r.rule().label(), r.on(), r.threshold(),
                byRule.getOrDefault(r.rule().name(), 0L))).toList();
        return new Figures(period.from(), period.to(), period.label(), referrals, counts, byRule.getOrDefault("", 0L));
    }
}
