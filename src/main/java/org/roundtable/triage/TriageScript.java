package org.roundtable.triage;

import java.util.ArrayList;
import java.util.List;
import org.roundtable.checklist.ChecklistDefinition.Question;

/**
 * The order of the script's pages: immediate danger, who is calling, the relationship question, then one page per
 * question of the branch's checklist. Pure, so the pages and the tests agree on where each answer leads.
 */
final class TriageScript {

    static final String DANGER = "danger";
    static final String CALLER = "caller";
    static final String RELATIONSHIP = "relationship";
    static final String RESULT = "result";
    private static final String QUESTION = "questions/";

    private TriageScript() {
    }

    static String questionStep(String questionId) {
        return QUESTION + questionId;
    }

    static String questionId(String step) {
        return step.startsWith(QUESTION) ? step.substring(QUESTION.length()) : null;
    }

    /** Every step of this call's script; the branch's questions appear once the relationship is answered. */
    static List<String> steps(TriageView call) {
        List<String> steps = new ArrayList<>(List.of(DANGER, CALLER, RELATIONSHIP));
        for (Question question : call.questions()) {
            steps.add(questionStep(question.id()));
        }
        return steps;
    }

    /** Where the call goes next: the first step not yet answered, or the result when every step is. */
    static String next(TriageView call) {
        if (call.outcome() != TriageOutcome.IN_PROGRESS) {
            return RESULT;
        }
        if (call.immediateDanger() == null) {
            return DANGER;
        }
        if (call.callerFirstName() == null) {
            return CALLER;
        }
        if (call.domestic() == null) {
            return RELATIONSHIP;
        }
        return call.questions().stream().filter(q -> !call.answers().containsKey(q.id())).findFirst()
                .map(q -> questionStep(q.id())).orElse(RESULT);
    }

    /** The step before this one, for the back link; the first step goes back to the list of calls. */
    static String previous(TriageView call, String step) {
        List<String> steps = steps(call);
        int index = steps.indexOf(step);
        if (step.equals(RESULT)) {
            return steps.get(steps.size() - 1);
        }
        return index <= 0 ? null : steps.get(index - 1);
    }

    /** "Question 4 of 11" once the branch is known; before that the total is not. */
    static String progress(TriageView call, String step) {
        int number = steps(call).indexOf(step) + 1;
        return call.domestic() == null ? "Question " + number : "Question " + number + " of " + steps(call).size();
    }
}
