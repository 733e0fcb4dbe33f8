package org.roundtable.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every test class, so one Quarkus test application serves them all. */
@QuarkusTestResource(PostgresTestResource.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
