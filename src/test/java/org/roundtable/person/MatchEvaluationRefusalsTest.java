package org.roundtable.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Forms;

/**
 * bench/match-eval on a file with records intake refuses: it runs to the end, enters each refused field blank (a
 * name as "Not known") and counts it in its summary.
 */
@QuarkusTest
class MatchEvaluationRefusalsTest {

    @Inject
    MatchEvaluation evaluation;

    @Inject
    EntityManager entityManager;

    @Test
    void refusedFieldsAreEnteredBlankAndCounted() throws IOException {
        String tail = Forms.unique("").replaceAll("[0-9]", "").toLowerCase();
        String quarrendon = "Quarrendon" + tail;
        String brackenbury = "Brackenbury" + tail;
        Path file = Files.createTempFile("refusals", ".csv");
        Files.write(file, List.of("unique_id,first_name,surname,dob,city,email,cluster",
                "1,Ottoline," + quarrendon + ",1984-05-09,Luton,oq@example.org,A",
                "2,Ottoline," + quarrendon + ",2999-05-09,Luton,oq@example.org,A", // a date of birth in the future
                "3,Ottoline," + quarrendon + ",1984-05-09,Luton,oq@@example.org,A", // an email intake refuses
                "4,," + quarrendon + ",1984-05-09,Luton,oq@example.org,A", // no first name
                "5,Z," + brackenbury + ",1990-01-02,Luton,,B", // a one-letter first name: intake takes it
                "6,Zoe," + brackenbury + ",,Luton,,B", // no date of birth: nothing refused
                "7,Zoe," + brackenbury + ",1990-02-30,Luton,,B", // not a date
                "8,Zoe," + brackenbury + ",1990-01-02,Luton,,")); // no truth value: cannot be scored

        MatchEvaluation.Result result = evaluation.evaluate(file);

        assertEquals(8, result.records(), result.report());
        assertEquals(1, result.skipped(), result.report());
        assertEquals(2, result.refused("dob"), result.report());
        assertEquals(1, result.refused("email"), result.report());
        assertEquals(1, result.refused("first_name"), result.report());
        assertEquals(0, result.refused("last_name"), result.report());
        assertEquals(5, result.truePersonExisted(), "records 2, 3, 4, 6 and 7 had their person entered before: " + result.report());
        assertTrue(result.report().contains("refused: dob=2 email=1 first_name=1 last_name=0 town=0 skipped_records=1"), result.report());
        assertEquals(List.of(4L, 1L, 1L, 1L), blanks(quarrendon.toLowerCase()),
                "four identities: one without its date of birth, one without its email, one without its first name");
        assertEquals(List.of(3L, 2L, 3L, 0L), blanks(brackenbury.toLowerCase()),
                "the missing and the impossible dates entered blank, the one-letter name kept");
    }

    @Transactional
    List<Long> blanks(String lastNorm) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), count(*) filter (where date_of_birth is null), count(*) filter (where email is null),
                       count(*) filter (where first_norm is null)
                from person_identity where last_norm = :last""").setParameter("last", lastNorm).getSingleResult();
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }
}
