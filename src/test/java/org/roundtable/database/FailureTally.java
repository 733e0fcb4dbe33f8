package org.roundtable.database;

import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.roundtable.web.DatabaseUnavailable;

/** Failed requests, counted by how the application answers them: 503 when the database cannot be reached, else 500. */
final class FailureTally {

    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger submitsInDoubt = new AtomicInteger();
    private final Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

    void record(Throwable failure, UUID draftBeingSubmitted) {
        if (draftBeingSubmitted != null) {
            // Sent but not acknowledged: it may or may not have committed, which the check after restart allows.
            submitsInDoubt.incrementAndGet();
        }
        if (DatabaseUnavailable.causedBy(failure)) {
            unavailable.incrementAndGet();
        } else {
            unexpected.add(failure);
        }
    }

    int unavailable() {
        return unavailable.get();
    }

    int submitsInDoubt() {
        return submitsInDoubt.get();
    }

    Queue<Throwable> unexpected() {
        return unexpected;
    }
}
