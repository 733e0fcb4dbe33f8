package org.roundtable.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** The application's own schema (its Flyway migrations), drafts to submit, and what the database holds afterwards. */
final class CrashTestSchema {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private CrashTestSchema() {
    }

    static void migrate(String url) {
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
    }

    static List<UUID> createDrafts(String url, int count) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                var insert = connection.prepareStatement("""
                        insert into referral (id, conference_kind_code, state, referring_agency_code, author_subject, author_name,
                            checklist_code, created_at, updated_at)
                        select gen_random_uuid(), 'MARAC', 'DRAFT', 'POLICE', 'crash-test', 'Crash test', 'DASH', now(), now()
                        from generate_series(1, ?) returning id""")) {
            insert.setInt(1, count);
            var rows = insert.executeQuery();
            List<UUID> drafts = new ArrayList<>();
            while (rows.next()) {
                drafts.add(rows.getObject(1, UUID.class));
            }
            return drafts;
        }
    }

    /** Each submitted referral's reference, by referral id. */
    static Map<UUID, String> submittedReferences(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                var rows = connection.createStatement().executeQuery("select id, reference from referral where state = 'SUBMITTED'")) {
            Map<UUID, String> references = new HashMap<>();
            while (rows.next()) {
                references.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
            return references;
        }
    }

    /** The last number the reference counter gave out for MARAC this year. */
    static int lastReferenceNumber(String url, int year) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                var query = connection.prepareStatement(
                        "select last_number from reference_counter where conference_kind_code = 'MARAC' and year = ?")) {
            query.setInt(1, year);
            var row = query.executeQuery();
            return row.next() ? row.getInt(1) : 0;
        }
    }

    static String setting(String url, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                var row = connection.createStatement().executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
