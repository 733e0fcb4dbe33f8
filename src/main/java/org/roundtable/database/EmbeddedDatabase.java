package org.roundtable.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL run as a child process, used when no database URL is configured.
 * Its data lives under the data folder so that it survives a restart, and it runs {@link Durability#CRASH_SAFE}
 * so that it also survives a crash of the server or the machine.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String DATABASE_NAME = "roundtable";

    private EmbeddedDatabase() {
    }

    public static void startIfNoDatabaseConfigured() {
        if (databaseConfigured()) {
            return;
        }
        Path dataDirectory = Path.of(setting("roundtable.data-dir", "ROUNDTABLE_DATA").orElse("data"), "postgres");
        EmbeddedPostgres postgres = start(dataDirectory, Durability.CRASH_SAFE);
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE_NAME;
        System.setProperty("ROUNDTABLE_DB_URL", url);
        System.setProperty("ROUNDTABLE_DB_USER", "postgres");
        LOG.infof("Started embedded PostgreSQL on port %d with data in %s", postgres.getPort(), dataDirectory.toAbsolutePath());
    }

    /** Starts PostgreSQL on the data already in the folder (a new cluster if it is empty) and makes sure the roundtable database exists. */
    public static EmbeddedPostgres start(Path dataDirectory, Durability durability) {
        return start(dataDirectory, durability, false);
    }

    /** Initialises a new cluster in the folder, whatever it held, and deletes the folder when closed: for a test's own database. */
    public static EmbeddedPostgres startFresh(Path dataDirectory, Durability durability) {
        return start(dataDirectory, durability, true);
    }

    private static EmbeddedPostgres start(Path dataDirectory, Durability durability, boolean fresh) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    // Zonky's "clean" means both: initdb even if the folder holds a cluster, and delete it on close.
                    .setCleanDataDirectory(fresh)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100");
            durability.serverSettings().forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE_NAME);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the roundtable database", e);
        }
    }

    private static boolean databaseConfigured() {
        return setting("ROUNDTABLE_DB_URL", "ROUNDTABLE_DB_URL").isPresent()
                || setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent();
    }

    private static Optional<String> setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
