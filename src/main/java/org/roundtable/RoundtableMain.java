package org.roundtable;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.roundtable.database.EmbeddedDatabase;

/** Starts the embedded PostgreSQL first when no database is configured, so a first run needs nothing installed. */
@QuarkusMain
public class RoundtableMain {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoDatabaseConfigured();
        Quarkus.run(args);
    }
}
