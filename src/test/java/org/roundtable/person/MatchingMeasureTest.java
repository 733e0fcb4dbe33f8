package org.roundtable.person;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The matching measurement of bench/match-eval on the Splink file, as a floor the suite keeps (goal: 0.95 / 0.90). */
@QuarkusTest
class MatchingMeasureTest {

    @Inject
    MatchEvaluation evaluation;

    @Test
    void recallAndPrecisionOnTheSplinkFileStayAboveTheFloor() {
        MatchEvaluation.Result result = evaluation.evaluate(Path.of("src/test/resources/matching/people_1000_splink.csv"));
        System.out.println(result.report());
        assertTrue(result.truePersonExisted() > 700, "most records belong to a person entered before: " + result.report());
        assertTrue(result.recall() >= 0.90, result.report());
        assertTrue(result.precision() >= 0.85, result.report());
    }
}
