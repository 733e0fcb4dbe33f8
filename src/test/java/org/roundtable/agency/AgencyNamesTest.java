package org.roundtable.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.roundtable.audit.Actor;
import org.roundtable.support.Forms;

/** A name changed on another replica (here: straight in the database) shows within AgencyNames.MAX_AGE. */
@QuarkusTest
class AgencyNamesTest {

    @Inject
    AgencyNames names;

    @Inject
    AgencyService agencies;

    @Inject
    EntityManager entityManager;

    @Test
    void aNameChangedElsewhereShowsOnceTheKeptNamesAreOlderThanTheMaximumAge() {
        String code = "N" + Forms.unique("");
        agencies.createAs(new Actor("test", "test", null), new AgencyForm("Old name " + code, code, AgencyType.HOUSING, true));
        Instant start = Instant.parse("2030-01-01T10:00:00Z");
        QuarkusMock.installMockForType(Clock.fixed(start, ZoneOffset.UTC), Clock.class);
        assertEquals("Old name " + code, names.nameOf(code));

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update agency set name = :name where upper(short_code) = upper(:code)")
                .setParameter("name", "New name " + code).setParameter("code", code).executeUpdate());
        assertEquals("Old name " + code, names.nameOf(code), "kept for a while");

        QuarkusMock.installMockForType(Clock.fixed(start.plus(AgencyNames.MAX_AGE).plusSeconds(1), ZoneOffset.UTC), Clock.class);
        assertEquals("New name " + code, names.nameOf(code), "read again once older than " + AgencyNames.MAX_AGE);
    }
}
