package org.roundtable.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.roundtable.agency.ConferenceKind;

@QuarkusTest
class ReferenceNumbersTest {

    @Inject
    ReferenceNumbers references;

    private static int number(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    @Test
    void concurrentSubmitsGetDistinctConsecutiveNumbers() throws Exception {
        int before = number(QuarkusTransaction.requiringNew().call(() -> references.next(ConferenceKind.SARAC)));
        int submits = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(submits);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < submits; i++) {
                Callable<String> submit = () -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> references.next(ConferenceKind.SARAC));
                };
                results.add(pool.submit(submit));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<String> result : results) {
                String reference = result.get();
                assertTrue(reference.matches("SARAC-\\d{4}-\\d{5}"), reference);
                numbers.add(number(reference));
            }
            numbers.sort(Integer::compare);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= submits; i++) {
                expected.add(before + i);
            }
            assertEquals(expected, numbers);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackSubmitLeavesNoGap() {
        int first = number(QuarkusTransaction.requiringNew().call(() -> references.next(ConferenceKind.ASBRAC)));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            references.next(ConferenceKind.ASBRAC);
            throw new IllegalStateException("the submit failed after taking a number");
        }));
        int next = number(QuarkusTransaction.requiringNew().call(() -> references.next(ConferenceKind.ASBRAC)));
        assertEquals(first + 1, next);
    }

    @Test
    void numbersAreFiveDigitsPerKindAndYear() {
        assertEquals("MARAC-2026-00042", ReferenceNumbers.format(ConferenceKind.MARAC, 2026, 42));
    }
}
