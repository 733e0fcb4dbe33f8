package org.roundtable.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * deploy/backup.sh and deploy/restore.sh give back every row: a server of its own, migrated with the application's
 * Flyway scripts and holding referrals, is backed up the embedded way (the port from postmaster.pid in the data
 * folder) and restored the external way (ROUNDTABLE_DB_URL) into a new database on the same server; every table's
 * row count and a checksum of its rows, and every sequence's value, are the same in both.
 *
 * <p>The embedded binaries have no pg_dump: Debian's postgresql-client provides it (.ci/run installs it). Without
 * it the test is skipped with a message, except under CI, where it fails.
 */
class BackupRoundTripTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final int DRAFTS = 40;

    private final Path folder = Path.of("target", "backup-test-" + ProcessHandle.current().pid()).toAbsolutePath();
    private EmbeddedPostgres server;

    @Test
    void aBackupRestoredIntoANewDatabaseHoldsTheSameRowsInEveryTable() throws Exception {
        boolean clientInstalled = clientToolsInstalled();
        if (System.getenv("CI") != null && !clientInstalled) {
            fail("pg_dump not found: .ci/run installs Debian's postgresql-client");
        }
        assumeTrue(clientInstalled, "Skipped the backup round trip: pg_dump not found (apt-get install -y postgresql-client)");

        server = EmbeddedDatabase.startFresh(folder.resolve("postgres"), Durability.THROWAWAY);
        String source = server.getJdbcUrl("postgres", EmbeddedDatabase.DATABASE_NAME);
        CrashTestSchema.migrate(source);
        CrashTestSchema.createDrafts(source, DRAFTS);

        Path dump = folder.resolve("roundtable.dump");
        String backup = run(Map.of("ROUNDTABLE_DATA", folder.toString()), DEPLOY.resolve("backup.sh").toString(), dump.toString());
        assertTrue(backup.contains("Backed up database roundtable on localhost:" + server.getPort()), backup);
        assertTrue(Files.size(dump) > 0, "the dump is empty");

        String restore = run(Map.of("ROUNDTABLE_DB_URL", "jdbc:postgresql://localhost:" + server.getPort() + "/roundtable",
                "ROUNDTABLE_DB_USER", "postgres"), DEPLOY.resolve("restore.sh").toString(), dump.toString(), "roundtable_restored");
        assertTrue(restore.contains("into database roundtable_restored"), restore);

        Map<String, String> before = contents(source);
        Map<String, String> after = contents(server.getJdbcUrl("postgres", "roundtable_restored"));
        assertTrue(before.keySet().stream().filter(k -> k.startsWith("table ")).count() > 20, "tables found: " + before.keySet());
        assertEquals(DRAFTS + " rows", before.get("table referral").split(",")[0]);
        assertEquals(before, after);

        // The comparison would see a difference: one changed value in one row changes that table's checksum.
        String restored = server.getJdbcUrl("postgres", "roundtable_restored");
        try (Connection connection = DriverManager.getConnection(restored)) {
            connection.createStatement().executeUpdate("update referral set author_name = 'Changed' where id = (select id from referral order by id limit 1)");
        }
        Map<String, String> changed = contents(restored);
        assertNotEquals(before.get("table referral"), changed.get("table referral"));
        assertEquals(before.get("table referral").split(",")[0], changed.get("table referral").split(",")[0]);
    }

    @Test
    void restoreRefusesTheDatabaseInUse() throws Exception {
        assumeTrue(clientToolsInstalled(), "Skipped: pg_dump not found (apt-get install -y postgresql-client)");
        Path dump = Files.createDirectories(folder).resolve("empty.dump");
        Files.writeString(dump, "");
        Process process = process(Map.of("ROUNDTABLE_DB_URL", "jdbc:postgresql://localhost:1/roundtable"),
                DEPLOY.resolve("restore.sh").toString(), dump.toString(), "roundtable");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "restore.sh did not end");
        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("refusing to restore over roundtable, the database in use"), output);
    }

    @AfterEach
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    /** Row count and an md5 of the sorted rows of every table, and each sequence's last value. */
    private static Map<String, String> contents(String url) throws SQLException {
        Map<String, String> contents = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            List<String> tables = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery(
                    "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (var rows = connection.createStatement().executeQuery("select count(*), md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from public.\"" + table + "\" t")) {
                    rows.next();
                    contents.put("table " + table, rows.getLong(1) + " rows, md5 " + rows.getString(2));
                }
            }
            try (var rows = connection.createStatement().executeQuery(
                    "select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = 'public'")) {
                while (rows.next()) {
                    contents.put("sequence " + rows.getString(1), String.valueOf(rows.getLong(2)));
                }
            }
        }
        return contents;
    }

    private static boolean clientToolsInstalled() {
        try (Stream<Path> versions = Files.exists(Path.of("/usr/lib/postgresql")) ? Files.list(Path.of("/usr/lib/postgresql")) : Stream.empty()) {
            if (versions.anyMatch(v -> Files.isExecutable(v.resolve("bin/pg_dump")))) {
                return true;
            }
        } catch (IOException e) {
            // fall through to the PATH
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, "pg_dump")));
    }

    private static String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        Process process = process(environment, command);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    private static Process process(Map<String, String> environment, String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("ROUNDTABLE_DB_URL");
        builder.environment().remove("ROUNDTABLE_DB_PASSWORD");
        builder.environment().putAll(environment);
        return builder.start();
    }
}
