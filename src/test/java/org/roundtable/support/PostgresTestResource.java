package org.roundtable.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.roundtable.database.Durability;
import org.roundtable.database.EmbeddedDatabase;

/** A fresh embedded PostgreSQL for the test run, shared by every Quarkus test (and the integration tests). */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** The system property that holds the test database's JDBC URL once it runs (user postgres, no password). */
    public static final String JDBC_URL = "roundtable.test.jdbc-url";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        // The one place that turns durability off, for speed: this folder is new for each run and deleted after it,
        // so nothing is lost that a crash could lose. The application itself always runs CRASH_SAFE.
        postgres = EmbeddedDatabase.startFresh(Path.of("target", "test-postgres-" + ProcessHandle.current().pid()), Durability.THROWAWAY);
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/roundtable";
        // For tests that start a second application instance on the same database (TwoInstancesIT).
        System.setProperty(JDBC_URL, url);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
