package org.roundtable.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scores on the checklists as the migration ships them. */
@QuarkusTest
class ChecklistScoringTest {

    @Inject
    ChecklistService checklists;

    /** The first n DASH questions answered yes, the rest no. */
    private Map<String, String> dashYes(int n) {
        var questions = checklists.current("DASH_RIC").definition().questions();
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            answers.put(questions.get(i).id(), i < n ? "YES" : (i % 2 == 0 ? "NO" : "NOT_KNOWN"));
        }
        return answers;
    }

    @ParameterizedTest
    @CsvSource({ "0,STANDARD", "9,STANDARD", "10,MEDIUM", "13,MEDIUM", "14,HIGH", "24,HIGH" })
    void dashBandsAtTheBoundaries(int yesAnswers, Band band) {
        Score score = checklists.preview("DASH_RIC", dashYes(yesAnswers));
        assertEquals(yesAnswers, score.total());
        assertEquals(band, score.band());
        assertNull(score.eligible());
    }

    @Test
    void dashHasTheTwentyFourQuestionsInOrder() {
        var questions = checklists.current("DASH_RIC").definition().questions();
        assertEquals(24, questions.size());
        assertEquals("Has the current incident resulted in injury?", questions.get(0).text());
        assertTrue(questions.get(23).text().contains("criminal history"));
        assertTrue(questions.stream().allMatch(q -> q.yesPoints() == 1));
    }

    @ParameterizedTest
    @CsvSource({
            // reported-before 2, 3-5 incidents 2, targeted 2, damage 1, alone 1, age 1 = 9
            "reported-before;targeted;damage;alone;age, 3-5, 9, STANDARD",
            // + routine 1 = 10
            "reported-before;targeted;damage;alone;age;routine, 3-5, 10, MEDIUM",
            // 6+ incidents 4, reported 2, targeted 2, disability 2, mental-health 2, health-sleep 2, afraid-home 2, damage 1 = 17
            "reported-before;targeted;disability;mental-health;health-sleep;afraid-home;damage, 6+, 17, MEDIUM",
            // + moving 1 = 18
            "reported-before;targeted;disability;mental-health;health-sleep;afraid-home;damage;moving, 6+, 18, HIGH" })
    void asbMatrixBandsAtTheBoundaries(String yes, String incidents, int total, Band band) {
        Score score = checklists.preview("ASB_MATRIX", asbAnswers(yes, incidents));
        assertEquals(total, score.total());
        assertEquals(band, score.band());
    }

    @Test
    void aHateIncidentWithThreatsIsAlwaysAtLeastMedium() {
        Score score = checklists.preview("ASB_MATRIX", asbAnswers("hate;threats", "0-2"));
        assertEquals(6, score.total());
        assertEquals(Band.MEDIUM, score.band());
        assertTrue(score.reasons().contains("A hate-motivated incident with threats or violence is always at least medium"));

        Score hateAlone = checklists.preview("ASB_MATRIX", asbAnswers("hate;disability", "0-2"));
        assertEquals(Band.STANDARD, hateAlone.band());
    }

    @ParameterizedTest
    @CsvSource({
            "serious-risk;not-marac-mappa;intensive-support, true",
            "serious-risk;not-marac-mappa;multi-agency-plan, true",
            "serious-risk;not-marac-mappa, false",
            "serious-risk;intensive-support;multi-agency-plan, false",
            "not-marac-mappa;intensive-support;multi-agency-plan, false" })
    void saracEligibility(String yes, boolean eligible) {
        Map<String, String> answers = new HashMap<>();
        for (var q : checklists.current("SARAC_CRITERIA").definition().questions()) {
            answers.put(q.id(), q.kind() == ChecklistDefinition.AnswerKind.CHOICE ? "HIGH" : List.of(yes.split(";")).contains(q.id()) ? "YES" : "NO");
        }
        Score score = checklists.preview("SARAC_CRITERIA", answers);
        assertEquals(eligible, score.eligible());
        assertEquals(Band.HIGH, score.band(), "the ISVA's risk level is the band, whatever the criteria");
    }

    @Test
    void unknownQuestionsAndAnswersAreFieldErrors() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(org.roundtable.web.InvalidInputException.class,
                () -> checklists.preview("ASB_MATRIX", Map.of("hate", "NOT_KNOWN", "no-such-question", "YES")));
        assertEquals(List.of("answers.hate", "answers.no-such-question"),
                error.errors().stream().map(org.roundtable.web.FieldError::field).sorted().toList());
        assertFalse(error.errors().isEmpty());
    }

    private Map<String, String> asbAnswers(String yes, String incidents) {
        Map<String, String> answers = new HashMap<>();
        for (var q : checklists.current("ASB_MATRIX").definition().questions()) {
            if (q.kind() == ChecklistDefinition.AnswerKind.CHOICE) {
                answers.put(q.id(), incidents);
            } else {
                answers.put(q.id(), List.of(yes.split(";")).contains(q.id()) ? "YES" : "NO");
            }
        }
        return answers;
    }
}
