package org.roundtable.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock the caseload reads "now" from: the system clock, replaced in tests by a fixed one
 * ({@code QuarkusMock.installMockForType(Clock.fixed(...), Clock.class)}) so that overdue marks can be tested.
 */
class AdvocateClock {

    @Produces
    @ApplicationScoped
    @io.quarkus.arc.DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
