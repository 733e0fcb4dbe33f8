package org.roundtable.trigger;

import java.time.Instant;
import java.util.List;

/** The partnership's Community Trigger rules, with the complaints rule's numbers from the ASBRAC settings. */
public record TriggerRulesView(boolean complaintsRule, int complaints, int complaintsMonths, boolean sameProblemRule,
        int sameProblemReporters, int sameProblemMonths, boolean hateIncidentRule, long version, Instant updatedAt, String updatedBy) {

    /** One rule as a report or a page states it: on or off, and its threshold in words. */
    public record Rule(TriggerRule rule, boolean on, String threshold) {
    }

    public List<Rule> rules() {
        return List.of(new Rule(TriggerRule.COMPLAINTS, complaintsRule, complaints + " complaints in " + complaintsMonths + " months"),
                new Rule(TriggerRule.SAME_PROBLEM, sameProblemRule, sameProblemReporters + " people in " + sameProblemMonths + " months"),
                new Rule(TriggerRule.HATE_INCIDENT, hateIncidentRule, "1 hate incident"));
    }

    public String complaintsThreshold() {
        return "The victim made " + complaints + " complaints (ASBRAC referrals) in " + complaintsMonths + " months.";
    }

    String describe() {
        return "complaints=" + onOff(complaintsRule) + "; sameProblem=" + onOff(sameProblemRule) + " (" + sameProblemReporters + " people in "
                + sameProblemMonths + " months); hateIncident=" + onOff(hateIncidentRule);
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
