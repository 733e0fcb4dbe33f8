package org.roundtable.person;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The matching measurement of bench/match-eval as floors the suite keeps (goal: precision 0.95, recall 0.90): on the
 * Splink file, and on a messy generated file the matcher was not tuned on.
 */
@QuarkusTest
class MatchingMeasureTest {

    @Inject
    MatchEvaluation evaluation;

    @Test
    void recallAndPrecisionOnTheSplinkFileStayAboveTheFloor() {
        MatchEvaluation.Result result = evaluation.evaluate(Path.of("src/test/resources/matching/people_1000_splink.csv"));
        System.out.println(result.report());
        assertTrue(result.truePersonExisted() > 700, "most records belong to a person entered before: " + result.report());
        // Measured by bench/match-eval on a fresh database: recall 0.965, precision 0.995, blocking survival 0.973 (V50,
        // and a first name standing in for an unknown surname); 0.88 while a lookup needed the surname. The floors
        // leave room for the suite's shared database, which holds other tests' people.
        assertTrue(result.recall() >= 0.93, result.report());
        assertTrue(result.precision() >= 0.95, result.report());
        assertTrue(result.blockingSurvival() >= 0.95, result.report());
    }

    /** `bench/generate-people.py 830 3 --mix typical`: 3,149 records of 830 people, shuffled, with the intake mistakes. */
    @Test
    void recallAndPrecisionOnAMessyGeneratedFileStayAboveTheFloor() {
        MatchEvaluation.Result result = evaluation.evaluate(Path.of("src/test/resources/matching/generated_830_people_seed3_typical.csv"));
        System.out.println(result.report());
        assertTrue(result.truePersonExisted() > 2000, "most records belong to a person entered before: " + result.report());
        assertTrue(result.refused("dob") > 0, "the file holds dates of birth intake refuses: " + result.report());
        assertTrue(result.recall() >= RECALL_FLOOR, result.report());
        assertTrue(result.precision() >= PRECISION_FLOOR, result.report());
    }

    private static final double RECALL_FLOOR = 0.88;
    private static final double PRECISION_FLOOR = 0.93;
}
